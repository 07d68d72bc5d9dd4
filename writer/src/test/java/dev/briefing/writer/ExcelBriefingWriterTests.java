package dev.briefing.writer;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;

import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ExecutionContext;

class ExcelBriefingWriterTests {

    @TempDir
    Path dir;

    @Test
    void writesEachFactAsARowThatReadsBack() throws Exception {
        XSSFWorkbook workbook = write();

        Sheet articles = workbook.getSheet("Articles");
        assertThat(articles.getRow(1).getCell(1).getStringCellValue()).isEqualTo("Denmark pledges aid");
        assertThat(DateUtil.isCellDateFormatted(articles.getRow(1).getCell(3))).isTrue();
        assertThat(articles.getRow(1).getCell(3).getLocalDateTimeCellValue().toLocalDate())
                .isEqualTo(LocalDate.of(2024, 5, 6));
        assertThat(articles.getRow(1).getCell(7).getNumericCellValue()).isEqualTo(1);
        Sheet commitments = workbook.getSheet("Commitments");
        assertThat(commitments.getRow(1).getCell(2).getStringCellValue()).isEqualTo("give ¥195 billion to Ukraine");
        assertThat(commitments.getRow(1).getCell(4).getStringCellValue()).isEqualTo("by 2026");
        assertThat(workbook.getSheet("Skipped").getRow(1).getCell(1).getStringCellValue()).isEqualTo("empty file");
    }

    @Test
    void storesTextThatLooksLikeAFormulaAsText() throws Exception {
        Sheet positions = write().getSheet("Positions");

        assertThat(positions.getRow(1).getCell(4).getCellType()).isEqualTo(CellType.STRING);
        assertThat(positions.getRow(1).getCell(4).getStringCellValue()).isEqualTo("=SUM(A1:A9) backs Ukraine");
    }

    @Test
    void laysOutEachSheetAsAFilteredTableWithFrozenHeader() throws Exception {
        XSSFWorkbook workbook = write();

        assertThat(workbook.getSheetAt(0).getSheetName()).isEqualTo("Overview");
        Sheet articles = workbook.getSheet("Articles");
        assertThat(articles.getRow(0).getCell(0).getStringCellValue()).isEqualTo("Article");
        assertThat(workbook.getFontAt(articles.getRow(0).getCell(0).getCellStyle().getFontIndex()).getBold()).isTrue();
        assertThat(articles.getPaneInformation().isFreezePane()).isTrue();
        assertThat(workbook.getSheet("Articles").getCTWorksheet().getAutoFilter().getRef()).isEqualTo("A1:I2");
    }

    private XSSFWorkbook write() throws Exception {
        Path file = dir.resolve("briefing.xlsx");
        ExcelBriefingWriter writer = new ExcelBriefingWriter(file, LocalDate.of(2024, 5, 7));
        writer.open(new ExecutionContext());
        writer.write(Chunk.of(Summaries.pledge(), Summaries.skipped()));
        writer.close();
        return new XSSFWorkbook(file.toFile());
    }
}
