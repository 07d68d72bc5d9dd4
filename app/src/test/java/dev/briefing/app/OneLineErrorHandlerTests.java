package dev.briefing.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchRuntimeException;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.sql.SQLException;

import org.junit.jupiter.api.Test;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.job.parameters.JobParameters;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;

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
    void theEndOfTheProcessServingTheDatabaseIsToldAsTheCause() {
        var failure = new IllegalStateException("chunk failed", closedDatabase());

        assertThat(OneLineErrorHandler.rootMessage(failure))
                .startsWith("the process that served the database file ended during the command (Database is already closed")
                .endsWith("[90121-240])");
    }

    @Test
    void aRunEndedByTheProcessServingTheDatabaseIsToldWithTheRestartOfItsExecution() {
        JobExecution execution = new JobExecution(41, new JobInstance(1, "briefing"), new JobParameters());
        execution.addFailureException(closedDatabase());
        StringWriter err = new StringWriter();
        CommandLine commandLine = new CommandLine(CommandSpec.create());
        commandLine.setErr(new PrintWriter(err));
        RuntimeException ended = catchRuntimeException(() -> ServerEndedDuringRunException.unlessServerEnded(execution));

        int exitCode = new OneLineErrorHandler().handleExecutionException(ended, commandLine, null);

        assertThat(exitCode).isEqualTo(ExitCodes.FAILED);
        assertThat(err.toString()).startsWith("briefing: the process that served the database file ended")
                .endsWith("resume the run with: briefing restart 41" + System.lineSeparator());
    }

    private static SQLException closedDatabase() {
        return new SQLException("Database is already closed (to disable automatic closing at VM shutdown, add "
                + "\";DB_CLOSE_ON_EXIT=FALSE\" to the db URL) [90121-240]", "90121", 90121);
    }

    @Test
    void runningOutOfMemoryIsToldAsSuch() {
        var failure = new IllegalStateException("step failed", new OutOfMemoryError("Java heap space"));

        assertThat(OneLineErrorHandler.rootMessage(failure)).startsWith("out of memory (Java heap space)");
    }
}
