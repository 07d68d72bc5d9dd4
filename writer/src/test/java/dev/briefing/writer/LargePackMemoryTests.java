package dev.briefing.writer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Builds a pack from 5,000 synthetic summaries in a JVM whose heap is far smaller than the summaries
 * held at once would need: the writers stream, so it completes; a writer that kept every article
 * would run out of memory.
 */
class LargePackMemoryTests {

    private static final int ARTICLES = 5_000;

    private static final String HEAP = "-Xmx48m";

    @TempDir
    Path dir;

    @Test
    void writesAPackOfFiveThousandSummariesInASmallFixedHeap() throws Exception {
        Path log = dir.resolve("pack.log");
        String java = ProcessHandle.current().info().command().orElse("java");
        Process process = new ProcessBuilder(List.of(java, HEAP, "-cp", System.getProperty("java.class.path"),
                SyntheticPack.class.getName(), dir.toString(), String.valueOf(ARTICLES)))
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();

        assertThat(process.waitFor(5, TimeUnit.MINUTES)).as("finished").isTrue();
        assertThat(process.exitValue()).as(Files.readString(log)).isZero();
        assertThat(Files.readAllLines(dir.resolve("summaries.jsonl"))).hasSize(ARTICLES);
        int skipped = ARTICLES / 50;
        try (XSSFWorkbook workbook = new XSSFWorkbook(dir.resolve("briefing.xlsx").toFile())) {
            assertThat(workbook.getSheet("Stories").getLastRowNum()).isEqualTo(ARTICLES - skipped);
            assertThat(workbook.getSheet("Commitments").getLastRowNum()).isEqualTo(ARTICLES - skipped);
            assertThat(workbook.getSheet("Skipped").getLastRowNum()).isEqualTo(skipped);
        }
        try (PDDocument pdf = Loader.loadPDF(new File(dir.resolve("briefing.pdf").toString()))) {
            assertThat(pdf.getNumberOfPages()).isGreaterThan(PdfBriefingWriter.STORY_SECTIONS);
        }
    }
}
