package dev.briefing.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import dev.briefing.config.StagedArticles.Row;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.test.JobOperatorTestUtils;
import org.springframework.batch.test.context.SpringBatchTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.util.FileSystemUtils;

/**
 * Restarts of failed runs: each finishes the run with every input exactly once, in the staging table
 * and in the pack, without redoing completed work.
 */
@SpringBatchTest
@DirtiesContext
@SpringBootTest(classes = BriefingTestApplication.class,
        properties = {"briefing.chunk-size=2", "briefing.skip-limit=1"})
class BriefingJobRestartIntegrationTests {

    @TempDir
    static Path dir;

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        registry.add("briefing.db", () -> dir.resolve("db/briefing").toString());
    }

    @Autowired
    JobOperatorTestUtils jobOperatorTestUtils;

    @Autowired
    JobOperator jobOperator;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void extractionResumesAfterItsLastCommittedChunk() throws Exception {
        Path inbox = Inboxes.inbox(dir.resolve("extraction/in"), "a.txt=minister-pledges-aid.txt",
                "b.txt=summit-ends-without-deal.txt", "c.txt=empty.txt", "d.txt=parliament-passes-budget.txt",
                "e.txt=empty.txt", "f.txt=rescue-teams-reach-village.txt");
        Path output = dir.resolve("extraction/out");

        JobExecution failed = jobOperatorTestUtils.startJob(
                new BriefingJobParameters(LocalDate.of(2024, 5, 8), inbox, output).toJobParameters());

        assertThat(failed.getStatus()).isEqualTo(BatchStatus.FAILED);
        assertThat(StagedArticles.of(jdbc, failed.getJobInstanceId()))
                .as("chunks [a, b] and [c skipped, d] committed; the chunk that hit the skip limit rolled back")
                .containsExactly(new Row("a.txt", null), new Row("b.txt", null), new Row("c.txt", "empty file"),
                        new Row("d.txt", null));
        Files.writeString(inbox.resolve("e.txt"), "Ministers meet\n\nMinisters of Peru met in Lima on Monday.\n");

        JobExecution restarted = jobOperator.restart(failed);

        assertThat(restarted.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        StepExecution extract = Executions.step(restarted, BriefingJobConfiguration.EXTRACT_STEP);
        assertThat(extract.getReadCount() + extract.getReadSkipCount()).as("resumed after d.txt").isEqualTo(2);
        assertThat(StagedArticles.of(jdbc, failed.getJobInstanceId())).containsExactly(
                new Row("a.txt", null), new Row("b.txt", null), new Row("c.txt", "empty file"),
                new Row("d.txt", null), new Row("e.txt", null), new Row("f.txt", null));
        assertThat(PackFiles.summaries(output)).extracting(line -> line.get("id").asString())
                .containsExactlyInAnyOrder("a", "b", "c", "d", "e", "f");
    }

    @Test
    void aFailedReportIsWrittenAgainWithoutExtractingAgain() throws Exception {
        LocalDate date = LocalDate.of(2024, 5, 9);
        Path inbox = Inboxes.inbox(dir.resolve("report/in"), "a.txt=minister-pledges-aid.txt",
                "b.txt=summit-ends-without-deal.txt");
        Path output = dir.resolve("report/out");
        Path blocked = Files.createDirectories(output.resolve(".briefing.pdf." + date + ".part"));
        Files.writeString(blocked.resolve("in-the-way"), "the PDF cannot be written over a directory");

        JobExecution failed = jobOperatorTestUtils.startJob(
                new BriefingJobParameters(date, inbox, output).toJobParameters());

        assertThat(failed.getStatus()).isEqualTo(BatchStatus.FAILED);
        assertThat(Executions.step(failed, "reportStep").getStatus()).isEqualTo(BatchStatus.FAILED);
        assertThat(output.resolve("briefing.pdf")).doesNotExist();
        assertThat(output.resolve("summaries.jsonl")).doesNotExist();
        assertThat(PackFiles.parts(output)).as("only the part in the way is left").containsExactly(blocked);
        assertThat(output.resolve(".briefing-" + date + ".tmp")).doesNotExist();
        FileSystemUtils.deleteRecursively(blocked);

        JobExecution restarted = jobOperator.restart(failed);

        assertThat(restarted.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        assertThat(restarted.getStepExecutions()).extracting(StepExecution::getStepName)
                .containsExactly("reportStep", "publishStep");
        assertThat(StagedArticles.of(jdbc, failed.getJobInstanceId())).hasSize(2);
        assertThat(PackFiles.summaries(output)).extracting(line -> line.get("id").asString())
                .containsExactly("a", "b");
        assertThat(PackFiles.firstColumn(output, "Articles")).containsExactly("a", "b");
        assertThat(PackFiles.parts(output)).isEmpty();
    }
}
