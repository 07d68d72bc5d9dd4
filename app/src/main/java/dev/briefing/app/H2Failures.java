package dev.briefing.app;

import java.io.EOFException;
import java.net.SocketException;
import java.sql.SQLException;
import java.util.Locale;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * What an H2 failure among an exception's causes says about the database file: that the process serving
 * it ended, that another process is taking it over, or that the store is damaged. H2 tells these by
 * error code, and an input or output failure ({@value #IO_FAILURE}) by what it was reading.
 */
final class H2Failures {

    /** H2's codes for a database closed by its process's exit and for a broken connection to its server. */
    private static final Set<Integer> SERVER_GONE = Set.of(90121, 90067);

    /** H2's code for an input or output failure: of the server's socket, or of the store file. */
    private static final int IO_FAILURE = 90028;

    /** H2's code for a database that could not be opened, as when another process is taking its lock over. */
    private static final int OPENING_FAILED = 8000;

    /** H2's code for a database file it cannot read back (MVStore's "File is corrupted"). */
    private static final int FILE_CORRUPTED = 90030;

    private H2Failures() {
    }

    /** The H2 failure among the causes that says the process serving the database file has ended, or null. */
    static @Nullable SQLException serverGone(Throwable ex) {
        return (SQLException) OneLineErrorHandler.firstCause(ex, H2Failures::isServerGone);
    }

    /**
     * "Lock file recently modified": when the process serving the database has died, the processes it
     * served open the file again at once, and H2 refuses each but the one that wrote the lock first
     * until that one serves it; the others connect through it a moment later.
     */
    static boolean takenOverMeanwhile(Throwable ex) {
        return OneLineErrorHandler.firstCause(ex, cause -> code(cause) == OPENING_FAILED
                && cause.getMessage() != null && cause.getMessage().toLowerCase(Locale.ROOT).contains("lock file")) != null;
    }

    /** How the store is damaged ("is damaged (File is corrupted ...)"), or null when the failure does not say. */
    static @Nullable String damage(Throwable ex) {
        Throwable corrupted = OneLineErrorHandler.firstCause(ex, cause -> code(cause) == FILE_CORRUPTED);
        if (corrupted != null) {
            return "is damaged (" + OneLineErrorHandler.rootMessage(corrupted) + ")";
        }
        if (OneLineErrorHandler.firstCause(ex, H2Failures::storeReadPastItsEnd) != null) {
            return "is damaged: it ends before what its header says it holds (cut short)";
        }
        return null;
    }

    private static boolean isServerGone(Throwable cause) {
        return SERVER_GONE.contains(code(cause)) || code(cause) == IO_FAILURE && !readingStore(cause)
                && (OneLineErrorHandler.causedBy(cause, EOFException.class)
                        || OneLineErrorHandler.causedBy(cause, SocketException.class));
    }

    private static boolean storeReadPastItsEnd(Throwable cause) {
        return code(cause) == IO_FAILURE && readingStore(cause) && OneLineErrorHandler.causedBy(cause, EOFException.class);
    }

    /** "IO Exception: "/data/briefing.mv.db"": the failure names the store it was reading. */
    private static boolean readingStore(Throwable cause) {
        return cause.getMessage() != null && cause.getMessage().contains(".mv.db");
    }

    private static int code(Throwable cause) {
        return cause instanceof SQLException sql ? sql.getErrorCode() : 0;
    }
}
