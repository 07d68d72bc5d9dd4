package dev.briefing.app;

import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.util.Locale;
import java.util.function.Predicate;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.bind.BindException;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/**
 * Turns an exception escaping a command into one line on stderr and an exit code, rather than a
 * stack trace: refusals exit with {@link ExitCodes#REFUSED}, a property with a bad value (which Spring
 * finds only when it binds it) with {@link ExitCodes#USAGE}, anything else with
 * {@link ExitCodes#FAILED}. The full trace is in the log file.
 */
class OneLineErrorHandler implements IExecutionExceptionHandler {

    @Override
    public int handleExecutionException(Exception ex, CommandLine commandLine, ParseResult parseResult) {
        commandLine.getErr().println("briefing: " + oneLine(rootMessage(ex) + resumption(ex)));
        commandLine.getErr().flush();
        if (ex instanceof BriefingRefusedException) {
            return ExitCodes.REFUSED;
        }
        return causedBy(ex, BindException.class) ? ExitCodes.USAGE : ExitCodes.FAILED;
    }

    /** The innermost message of the exception's causes, in words: a refusal's own message is kept whole. */
    static String rootMessage(Throwable ex) {
        Throwable cause = ex;
        while (cause.getCause() != null && cause.getCause() != cause && !(cause instanceof BriefingRefusedException)) {
            cause = cause.getCause();
        }
        if (cause instanceof OutOfMemoryError) {
            return "out of memory (" + cause.getMessage() + "); give Java more heap, e.g. java -Xmx1g -jar briefing.jar";
        }
        if (cause instanceof FileSystemException files) {
            return describe(files);
        }
        Throwable serverGone = cause instanceof BriefingRefusedException ? null : H2Failures.serverGone(ex);
        if (serverGone != null) {
            return "the process that served the database file ended during the command ("
                    + serverGone.getMessage().strip() + ")";
        }
        String message = cause.getMessage();
        return message == null || message.isBlank() ? cause.getClass().getSimpleName() : message.strip();
    }

    /** How to resume a run that failed because the process serving its database ended, or nothing. */
    private static String resumption(Exception ex) {
        if (ex instanceof BriefingRefusedException || H2Failures.serverGone(ex) == null) {
            return "";
        }
        ServerEndedDuringRunException during = cause(ex, ServerEndedDuringRunException.class);
        return "; see briefing status, then resume the run with: briefing restart"
                + (during == null || during.executionId() == null ? "" : " " + during.executionId());
    }

    /** The text with its line breaks written as {@code \n}, so that a file name cannot break the line. */
    static String oneLine(String text) {
        return text.replace("\r", "\\r").replace("\n", "\\n");
    }

    /** A file system failure as the shell tells it: the file, then the reason ("permission denied"). */
    static String describe(FileSystemException ex) {
        String reason;
        if (ex instanceof AccessDeniedException) {
            reason = "permission denied";
        }
        else if (ex instanceof NoSuchFileException) {
            reason = "no such file or directory";
        }
        else if (ex.getReason() != null) {
            reason = ex.getReason().toLowerCase(Locale.ROOT);
        }
        else {
            reason = ex.getClass().getSimpleName().replace("Exception", "").replaceAll("([a-z])([A-Z])", "$1 $2")
                    .toLowerCase(Locale.ROOT);
        }
        String file = ex.getFile() == null ? "" : ex.getFile() + (ex.getOtherFile() == null ? "" : " -> " + ex.getOtherFile());
        return file.isEmpty() ? reason : file + ": " + reason;
    }

    static boolean causedBy(Throwable ex, Class<? extends Throwable> type) {
        return cause(ex, type) != null;
    }

    /** The first of the exception and its causes that is of the type, or null. */
    static <T extends Throwable> @Nullable T cause(Throwable ex, Class<T> type) {
        Throwable cause = firstCause(ex, type::isInstance);
        return cause == null ? null : type.cast(cause);
    }

    /** The first of the exception and its causes that matches, or null. */
    static @Nullable Throwable firstCause(Throwable ex, Predicate<Throwable> matches) {
        for (Throwable cause = ex; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (matches.test(cause)) {
                return cause;
            }
        }
        return null;
    }
}
