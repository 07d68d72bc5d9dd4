package dev.briefing.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;

import org.junit.jupiter.api.Test;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.job.parameters.JobParameters;

class BriefingRunsTests {

    private static final LocalDateTime STARTED = LocalDateTime.of(2026, 12, 4, 2, 0);

    private static JobExecution createdAt(LocalDateTime created) {
        JobExecution execution = new JobExecution(7, new JobInstance(1, "briefing"), new JobParameters());
        execution.setCreateTime(created);
        return execution;
    }

    @Test
    void takesARunningExecutionWithNoOwnerCreatedSinceThisProcessBeganTheRunForItsOwn() {
        assertThat(BriefingRuns.leftByThisProcess(createdAt(STARTED.plusSeconds(3)), STARTED)).isTrue();
    }

    @Test
    void leavesARunningExecutionWithNoOwnerCreatedBeforeThisProcessBeganTheRunToItsOwner() {
        assertThat(BriefingRuns.leftByThisProcess(createdAt(STARTED.minusMinutes(5)), STARTED)).isFalse();
    }
}
