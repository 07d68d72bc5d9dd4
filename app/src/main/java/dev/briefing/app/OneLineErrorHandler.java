package dev.briefing.app;

import java.io.EOFException;
import java.net.SocketException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.sql.SQLException;
import java.util.Locale;
import java.util.Set;

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

    /** H2's codes for a database closed by its process's exit and for a broken connection to its server. */
    private static final Set<Integer> SERVER_GONE = Set.of(90121, 90067);

    /** H2's code for an input or output failure, which is the server's end when its socket was closed. */
    private static final int IO_FAILURE = 90028;

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
        Throwable serverGone = cause instanceof BriefingRefusedException ? null
                : firstCause(ex, OneLineErrorHandler::isServerGone);
        if (serverGone != null) {
            return "the process that served the database file ended during the command ("
                    + serverGone.getMessage().strip() + ")";
        }
        String message = cause.getMessage();
        return message == null || message.isBlank() ? cause.getClass().getSimpleName() : message.strip();
    }

    /** How to resume a run that failed because the process serving its database ended, or nothing. */
    private static String resumption(Exception ex) {
        if (ex instanceof BriefingRefusedException || !serverGone(ex)) {
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

    /** Whether the exception or one of its causes says the process serving the H2 database file has ended. */
    static boolean serverGone(Throwable ex) {
        return firstCause(ex, OneLineErrorHandler::isServerGone) != null;
    }

    private static boolean isServerGone(Throwable cause) {
        if (!(cause instanceof SQLException sql)) {
            return false;
        }
        return SERVER_GONE.contains(sql.getErrorCode()) || sql.getErrorCode() == IO_FAILURE
                && (causedBy(sql, EOFException.class) && !readingStore(sql) || causedBy(sql, SocketException.class));
    }


    /** Whether the exception or one of its causes is an H2 failure of that error code. */
    static boolean h2Error(Throwable ex, int errorCode) {
        return firstCause(ex, cause -> cause instanceof SQLException sql && sql.getErrorCode() == errorCode) != null;
    }

    /** "IO Exception: "/data/briefing.mv.db"": H2's input or output failure names the store it was reading. */
    static boolean readingStore(SQLException sql) {
        return sql.getMessage() != null && sql.getMessage().contains(".mv.db");
    }

    /** Whether the exception or one of its causes is H2 finding the store shorter than its content: truncated. */
    static boolean truncatedStore(Throwable ex) {
        return firstCause(ex, cause -> cause instanceof SQLException sql && sql.getErrorCode() == IO_FAILURE
                && readingStore(sql) && causedBy(sql, EOFException.class)) != null;
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
    private static @Nullable Throwable firstCause(Throwable ex, java.util.function.Predicate<Throwable> matches) {
        for (Throwable cause = ex; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (matches.test(cause)) {
                return cause;
            }
        }
        return null;
    }
}
