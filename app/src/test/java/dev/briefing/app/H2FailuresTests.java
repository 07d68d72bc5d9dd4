package dev.briefing.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;

import org.junit.jupiter.api.Test;
import org.springframework.jdbc.CannotGetJdbcConnectionException;

/** Which failures to open the database a command waits out and tries again. */
class H2FailuresTests {

    @Test
    void aLockAnotherProcessIsTakingOverIsWaitedFor() {
        var failure = new IllegalStateException(new CannotGetJdbcConnectionException("Failed to obtain JDBC Connection",
                new SQLException("Error opening database: \"Lock file recently modified\" [8000-240]", "08000", 8000)));

        assertThat(H2Failures.takenOverMeanwhile(failure)).isTrue();
    }

    @Test
    void anyOtherFailureToOpenTheDatabaseIsNot() {
        var failure = new IllegalStateException(new CannotGetJdbcConnectionException("Failed to obtain JDBC Connection",
                new SQLException("Wrong user name or password [28000-240]", "28000", 28000)));

        assertThat(H2Failures.takenOverMeanwhile(failure)).isFalse();
    }
}
