package dev.briefing.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;

import dev.briefing.config.StagedArticles.Row;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.test.JobOperatorTestUtils;
import org.springframework.batch.test.context.SpringBatchTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

@SpringBatchTest
@DirtiesContext
@SpringBootTest(classes = BriefingTestApplication.class, properties = "briefing.chunk-size=2")
class ExtractStepIntegrationTests {

    @TempDir
    static Path dir;

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        registry.add("briefing.db", () -> dir.resolve("db/briefing").toString());
    }

    @Autowired
    JobOperatorTestUtils jobOperatorTestUtils;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void stagesASummaryPerArticleAndTheReasonForEachBadInput() {
        Path inbox = Inboxes.inbox(dir.resolve("in"), "a.txt=minister-pledges-aid.txt", "b.txt=empty.txt",
                "c.txt=png-image-named-txt.txt", "d.txt=summit-ends-without-deal.txt");
        var parameters = new BriefingJobParameters(LocalDate.of(2024, 5, 7), inbox, dir.resolve("out"));

        JobExecution execution = jobOperatorTestUtils.startStep(BriefingJobConfiguration.EXTRACT_STEP,
                parameters.toJobParameters(), new ExecutionContext());

        StepExecution step = execution.getStepExecutions().iterator().next();
        assertThat(step.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        assertThat(step.getReadCount()).isEqualTo(2);
        assertThat(step.getReadSkipCount()).isEqualTo(2);
        assertThat(step.getWriteCount()).isEqualTo(2);
        assertThat(StagedArticles.of(jdbc, execution.getJobInstanceId())).containsExactly(
                new Row("a.txt", null),
                new Row("b.txt", "empty file"),
                new Row("c.txt", "binary content (PNG image), not text"),
                new Row("d.txt", null));
    }
}
