package dev.briefing.app;

import java.io.PrintStream;
import java.util.concurrent.atomic.AtomicBoolean;

import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.core.status.OnConsoleStatusListener;
import ch.qos.logback.core.status.Status;
import ch.qos.logback.core.status.StatusListener;
import ch.qos.logback.core.status.StatusManager;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationPreparedEvent;
import org.springframework.context.ApplicationListener;

/**
 * Tells a log file that cannot be written once, in one line on stderr, instead of Logback's status
 * messages: Spring Boot prints each of them with its stack trace, and a full disk under the database
 * directory filled the console with hundreds of lines. Runs once logging is set up, before the
 * application context starts.
 */
class LogFailureReporter implements ApplicationListener<ApplicationPreparedEvent> {

    private final PrintStream err;

    LogFailureReporter(PrintStream err) {
        this.err = err;
    }

    @Override
    public void onApplicationEvent(ApplicationPreparedEvent event) {
        if (!(LoggerFactory.getILoggerFactory() instanceof LoggerContext logback)) {
            return;
        }
        StatusManager statuses = logback.getStatusManager();
        statuses.getCopyOfStatusListenerList().stream()
                .filter(OnConsoleStatusListener.class::isInstance)
                .forEach(statuses::remove);
        statuses.add(new OnceStatusListener(err));
    }

    /** Prints the first error of the log, in one line. */
    private static final class OnceStatusListener implements StatusListener {

        private final PrintStream err;

        private final AtomicBoolean told = new AtomicBoolean();

        OnceStatusListener(PrintStream err) {
            this.err = err;
        }

        @Override
        public void addStatusEvent(Status status) {
            if (status.getEffectiveLevel() >= Status.ERROR && told.compareAndSet(false, true)) {
                Throwable cause = status.getThrowable();
                err.println("briefing: the log cannot be written (" + (cause == null ? status.getMessage()
                        : OneLineErrorHandler.rootMessage(cause)) + "); the command goes on without its log");
                err.flush();
            }
        }
    }
}
