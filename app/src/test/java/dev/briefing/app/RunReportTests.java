package dev.briefing.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.springframework.batch.core.BatchStatus;

/** The one line a run that did not complete is told in. */
class RunReportTests {

    private static RunSummary ended(BatchStatus status, String failure) {
        return new RunSummary(7, LocalDate.of(2024, 1, 5), "/in", "/out", status, null, null, 3, 0, 0, 1, failure);
    }

    @Test
    void aRunLeftUnknownSaysItsEndCouldNotBeRecorded() {
        assertThat(RunReport.reason(ended(BatchStatus.UNKNOWN, "Attempt to update step execution id=11 with wrong version (1).")))
                .isEqualTo("how a step ended could not be recorded (had the process serving the database ended?): "
                        + "Attempt to update step execution id=11 with wrong version (1)");
    }

    @Test
    void aFailedRunGivesItsFailure() {
        assertThat(RunReport.reason(ended(BatchStatus.FAILED, "No space left on device."))).isEqualTo("No space left on device");
    }
}
