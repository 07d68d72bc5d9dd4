package dev.briefing.config;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Reads a published pack back: JSON lines parsed, the workbook with POI, the PDF's text with PDFBox. */
final class PackFiles {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private PackFiles() {
    }

    static List<JsonNode> summaries(Path output) {
        try {
            return Files.readAllLines(output.resolve("summaries.jsonl")).stream().map(JSON::readTree).toList();
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    /** Values of the first column of a sheet, header excluded. */
    static List<String> firstColumn(Path output, String sheetName) {
        return column(output, sheetName, 0);
    }

    /** Text values of a column of a sheet (0-based), header excluded. */
    static List<String> column(Path output, String sheetName, int column) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(output.resolve("briefing.xlsx").toFile())) {
            Sheet sheet = workbook.getSheet(sheetName);
            return java.util.stream.IntStream.rangeClosed(1, sheet.getLastRowNum())
                    .mapToObj(i -> sheet.getRow(i).getCell(column).getStringCellValue())
                    .toList();
        }
        catch (IOException | org.apache.poi.openxml4j.exceptions.InvalidFormatException ex) {
            throw new IllegalStateException(ex);
        }
    }

    static String pdfText(Path output) {
        try (PDDocument pdf = Loader.loadPDF(output.resolve("briefing.pdf").toFile())) {
            return new PDFTextStripper().getText(pdf);
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    /** Temporary files left in the output directory. */
    static List<Path> parts(Path output) {
        try (var files = Files.list(output)) {
            return files.filter(file -> file.getFileName().toString().endsWith(".part")).toList();
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }
}
