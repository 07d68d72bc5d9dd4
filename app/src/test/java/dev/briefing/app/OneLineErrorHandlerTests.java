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
    void runningOutOfMemoryIsToldAsSuch() {
        var failure = new IllegalStateException("step failed", new OutOfMemoryError("Java heap space"));

        assertThat(OneLineErrorHandler.rootMessage(failure)).startsWith("out of memory (Java heap space)");
    }
}
