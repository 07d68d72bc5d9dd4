package dev.briefing.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;

import dev.briefing.writer.JsonSummaryMapper;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.test.JobOperatorTestUtils;
import org.springframework.batch.test.context.SpringBatchTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * A run split in two partitions, with a copy of an article in the other partition (found only by the
 * duplicates step), in the first run of its database: the counts the console and {@code status} give
 * agree with the pack's cover and Overview, the copy counted as skipped; and the pack says once that
 * every fact is new instead of marking each.
 */
@SpringBatchTest
@SpringBootTest(classes = BriefingTestApplication.class)
@DirtiesContext
class PackCountsIntegrationTests {

    @TempDir
    static Path dir;

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        registry.add("briefing.db", () -> dir.resolve("db/briefing").toString());
        registry.add("briefing.partitions", () -> "2");
        registry.add("briefing.partition-minimum", () -> "1");
    }

    @Autowired
    JobOperatorTestUtils jobOperatorTestUtils;

    @Test
    void countsACopyTheDuplicatesStepFindsAsSkippedEverywhereAndSaysOnceThatAFirstRunIsNew() throws Exception {
        Path inbox = Inboxes.inbox(dir.resolve("in"), "a-pledge.txt=minister-pledges-aid.txt",
                "b-budget.txt=parliament-passes-budget.txt", "c-copy-of-a.txt=minister-pledges-aid.txt",
                "d-rescue.txt=rescue-teams-reach-village.txt");
        Path output = dir.resolve("out");

        JobExecution execution = jobOperatorTestUtils.startJob(
                new BriefingJobParameters(LocalDate.of(2024, 6, 1), inbox, output, true, null).toJobParameters());

        assertThat(execution.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        assertThat(Executions.step(execution, BriefingJobConfiguration.DUPLICATES_STEP).getWriteCount())
                .as("the copy sits in the other partition").isEqualTo(1);
        assertThat(RunCounts.of(execution)).isEqualTo(new RunCounts(4, 1, 1, 0, 3));
        assertThat(PackFiles.pdfText(output).replaceAll("\\s+", " "))
                .contains("4 inputs read: 3 articles summarised into")
                .contains("; 1 skipped (1 with the same content as another input).")
                .contains("First briefing of this database: every fact is new to it, so none is marked new.");
        try (XSSFWorkbook workbook = new XSSFWorkbook(output.resolve("briefing.xlsx").toFile())) {
            XSSFSheet overview = workbook.getSheet("Overview");
            assertThat(overview.getRow(2).getCell(2).getNumericCellValue()).as("inputs read").isEqualTo(4);
            assertThat(overview.getRow(3).getCell(2).getNumericCellValue()).as("summarised").isEqualTo(3);
            assertThat(overview.getRow(4).getCell(2).getNumericCellValue()).as("skipped").isEqualTo(1);
        }
        assertThat(PackFiles.column(output, "Commitments", 8)).as("no fact marked new in a first run").isNotEmpty()
                .containsOnly("");
        assertThat(PackFiles.summaries(output)).extracting(line -> new JsonSummaryMapper().fromJson(line.toString()))
                .filteredOn(summary -> summary.skipped() == null).hasSize(3);
    }
}
