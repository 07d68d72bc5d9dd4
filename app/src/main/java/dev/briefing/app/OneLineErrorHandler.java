package dev.briefing.app;

import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/**
 * Turns an exception escaping a command into one line on stderr and an exit code, rather than a
 * stack trace: refusals exit with {@link ExitCodes#REFUSED}, anything else with
 * {@link ExitCodes#FAILED}. The full trace is in the log file.
 */
class OneLineErrorHandler implements IExecutionExceptionHandler {

    @Override
    public int handleExecutionException(Exception ex, CommandLine commandLine, ParseResult parseResult) {
        commandLine.getErr().println("briefing: " + rootMessage(ex));
        return ex instanceof BriefingRefusedException ? ExitCodes.REFUSED : ExitCodes.FAILED;
    }

    static String rootMessage(Throwable ex) {
        Throwable cause = ex;
        while (cause.getCause() != null && cause.getCause() != cause && !(cause instanceof BriefingRefusedException)) {
            cause = cause.getCause();
        }
        String message = cause.getMessage();
        return message == null || message.isBlank() ? cause.getClass().getSimpleName() : message.strip();
    }
}
