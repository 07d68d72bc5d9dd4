package dev.briefing.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.test.JobOperatorTestUtils;
import org.springframework.batch.test.context.SpringBatchTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** A nightly run briefs only content no completed run of an earlier date briefed, unless asked for all. */
@SpringBatchTest
@DirtiesContext
@SpringBootTest(classes = BriefingTestApplication.class)
class OnlyNewContentIntegrationTests {

    @TempDir
    static Path dir;

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        registry.add("briefing.db", () -> dir.resolve("db/briefing").toString());
    }

    @Autowired
    JobOperatorTestUtils jobOperatorTestUtils;

    @Test
    void leavesOutWhatAnEarlierRunBriefedUnlessAskedForAll() throws Exception {
        Path inbox = Inboxes.inbox(dir.resolve("in"), "a.txt=minister-pledges-aid.txt",
                "b.txt=summit-ends-without-deal.txt");
        run(LocalDate.of(2024, 7, 1), inbox, false);
        Inboxes.inbox(inbox, "c.txt=parliament-passes-budget.txt", "d-renamed-a.txt=minister-pledges-aid.txt");

        Counts nextNight = run(LocalDate.of(2024, 7, 2), inbox, false);
        Counts all = run(LocalDate.of(2024, 7, 3), inbox, true);
        Counts backfill = run(LocalDate.of(2024, 6, 30), inbox, false);

        assertThat(nextNight).as("only c.txt is new; d-renamed-a.txt is a.txt's content").isEqualTo(new Counts(1, 3));
        assertThat(PackFiles.summaries(dir.resolve("out/2024-07-02"))).extracting(line -> line.get("file").asString())
                .containsExactly("c.txt");
        assertThat(all).as("d-renamed-a.txt is a duplicate of a.txt within the run").isEqualTo(new Counts(3, 0));
        assertThat(backfill).as("no run of an earlier date briefed anything").isEqualTo(new Counts(3, 0));
    }

    /** Articles the extraction wrote and filtered out. */
    record Counts(long written, long filtered) {
    }

    /** Runs the briefing (returning an execution here would make {@code @SpringBatchTest} call it). */
    private Counts run(LocalDate date, Path inbox, boolean all) throws Exception {
        JobExecution execution = jobOperatorTestUtils.startJob(new BriefingJobParameters(date, inbox,
                dir.resolve("out/" + date), all, null).toJobParameters());
        assertThat(execution.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        StepExecution extraction = Executions.extraction(execution);
        return new Counts(extraction.getWriteCount(), extraction.getFilterCount());
    }

}
