package dev.briefing.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;

import org.junit.jupiter.api.Test;

/** The one line a failure is told in. */
class OneLineErrorHandlerTests {

    @Test
    void aFileThatMayNotBeWrittenReadsPermissionDenied() {
        var failure = new UncheckedIOException("Cannot write", new AccessDeniedException("/out/.briefing.pdf.part"));

        assertThat(OneLineErrorHandler.rootMessage(failure)).isEqualTo("/out/.briefing.pdf.part: permission denied");
    }

    @Test
    void aFullDiskReadsAsTheSystemSaysIt() {
        var failure = new FileSystemException("/out/briefing.xlsx", null, "No space left on device");

        assertThat(OneLineErrorHandler.rootMessage(failure)).isEqualTo("/out/briefing.xlsx: no space left on device");
    }

    @Test
    void theEndOfTheProcessServingTheDatabaseIsToldWithTheRestart() {
        var failure = new IllegalStateException("chunk failed", new java.sql.SQLException(
                "Database is already closed (to disable automatic closing at VM shutdown, add \";DB_CLOSE_ON_EXIT=FALSE\" "
                        + "to the db URL) [90121-240]", "90121", 90121));

        assertThat(OneLineErrorHandler.rootMessage(failure))
                .startsWith("the process that served the database file ended during the command (Database is already closed")
                .endsWith("see briefing status, then resume with briefing restart");
    }

    @Test
    void runningOutOfMemoryIsToldAsSuch() {
        var failure = new IllegalStateException("step failed", new OutOfMemoryError("Java heap space"));

        assertThat(OneLineErrorHandler.rootMessage(failure)).startsWith("out of memory (Java heap space)");
    }
}
