package dev.briefing.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.EOFException;
import java.io.IOException;
import java.sql.SQLException;

import org.junit.jupiter.api.Test;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.dao.DataAccessResourceFailureException;

/** Which failures of a run let the run command resume it. */
class ServerEndedDuringRunExceptionTests {

    private static final long EXECUTION = 7;

    @Test
    void aPartitionWhoseConnectionDiedWithTheServingProcessNamesItsExecution() {
        JobExecution execution = failedExecution(new SQLException("Connection is broken [90067-240]", "90067", 90067));

        assertThatThrownBy(() -> ServerEndedDuringRunException.unlessServerEnded(execution))
                .isInstanceOfSatisfying(ServerEndedDuringRunException.class,
                        ended -> assertThat(ended.executionId()).isEqualTo(EXECUTION))
                .hasMessageContaining("during execution 7");
    }

    @Test
    void aSocketClosedUnderAnInputOrOutputIsTheServingProcesssEnd() {
        var failure = new DataAccessResourceFailureException("update", new SQLException("IO Exception [90028-240]",
                "90028", 90028, new EOFException()));

        assertThat(ServerEndedDuringRunException.orItself(failure)).isInstanceOf(ServerEndedDuringRunException.class);
    }

    @Test
    void anInputOrOutputFailureOfTheFileItselfIsNot() {
        var failure = new DataAccessResourceFailureException("update", new SQLException("IO Exception [90028-240]",
                "90028", 90028, new IOException("No space left on device")));

        assertThat(ServerEndedDuringRunException.orItself(failure)).isSameAs(failure);
    }

    @Test
    void aRunThatFailedForAnotherReasonIsHandedBack() {
        JobExecution execution = failedExecution(new IllegalStateException("the output directory is not writable"));

        assertThat(ServerEndedDuringRunException.unlessServerEnded(execution)).isSameAs(execution);
    }

    private static JobExecution failedExecution(Throwable partitionFailure) {
        JobExecution execution = new JobExecution(EXECUTION, new JobInstance(1, "briefing"), new JobParameters());
        StepExecution partition = new StepExecution("extract:partition0", execution);
        partition.addFailureException(partitionFailure);
        execution.addStepExecution(partition);
        execution.setStatus(BatchStatus.FAILED);
        return execution;
    }
}
