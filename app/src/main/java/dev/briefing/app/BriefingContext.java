package dev.briefing.app;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import dev.briefing.config.BriefingProperties;
import dev.briefing.config.SharedH2Database;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ConfigurableApplicationContext;
import sun.misc.Signal;
import sun.misc.SignalHandler;

/**
 * The application context a command runs in, and what happens when the process is asked to
 * terminate (SIGTERM, or Ctrl-C's SIGINT) while it runs.
 *
 * <p>A signal must not start the JVM's shutdown while a job runs: shutdown hooks run in no order,
 * and H2 closes its database in its own hook (it cannot be told not to while other processes share
 * the file), leaving the execution STARTED with nothing recorded. So the signal is handled here
 * instead: the command's stop actions run (a scheduler takes no new run), the executions this
 * process runs are asked to stop at their next chunk boundary, and the command then finishes on its
 * own, the execution STOPPED and restartable. When nothing is running, or the command does not
 * finish within the timeout, the process exits at once with the conventional 128 + signal code.
 */
final class BriefingContext implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(BriefingContext.class);

    private static final Map<String, Integer> SIGNALS = Map.of("TERM", 15, "INT", 2);

    private final ConfigurableApplicationContext context;

    private final List<Runnable> stopActions = new CopyOnWriteArrayList<>();

    private final Map<Signal, SignalHandler> previousHandlers = new ConcurrentHashMap<>();

    private final CountDownLatch closed = new CountDownLatch(1);

    BriefingContext(ConfigurableApplicationContext context) {
        this.context = context;
        SIGNALS.forEach((name, number) -> {
            Signal signal = new Signal(name);
            previousHandlers.put(signal, Signal.handle(signal, received -> onSignal(name, number)));
        });
    }

    <T> T bean(Class<T> type) {
        return context.getBean(type);
    }

    <T> T bean(String name, Class<T> type) {
        return context.getBean(name, type);
    }

    /** Runs the action first when the process is asked to terminate. */
    void onTermination(Runnable action) {
        stopActions.add(action);
    }

    private void onSignal(String name, int number) {
        log.info("Received SIG{}: stopping running briefings", name);
        stopActions.forEach(Runnable::run);
        try {
            boolean stopping = bean(BriefingRuns.class).stopRunningHere();
            if ((stopping || !stopActions.isEmpty()) && awaitClosed()) {
                return;
            }
        }
        catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
        }
        catch (RuntimeException ex) {
            log.error("Could not stop running briefings cleanly", ex);
        }
        System.exit(128 + number);
    }

    /**
     * Waits for the command to finish and close the context, at most the stop timeout, or for as long
     * as this process serves the database file to another process's running briefing: exiting then
     * would close the database under that run ("Database is already closed").
     */
    private boolean awaitClosed() throws InterruptedException {
        long timeout = bean(BriefingProperties.class).stopTimeout().toMillis();
        while (!closed.await(timeout, TimeUnit.MILLISECONDS)) {
            if (!servesOtherRuns()) {
                return false;
            }
            log.info("Still serving the database file to another process's briefing: waiting for it to end");
        }
        return true;
    }

    private boolean servesOtherRuns() {
        try {
            return bean(SharedH2Database.class).servesOtherRuns();
        }
        catch (RuntimeException ex) {
            return false;
        }
    }

    /**
     * Closes the context; first, if this process serves the shared H2 file to another process's
     * running briefing, waits for that run to end (see {@link SharedH2Database}).
     */
    @Override
    public void close() {
        try {
            bean(SharedH2Database.class).awaitOtherRunsIfServing(notice -> log.info("{}", notice));
        }
        catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
        }
        try {
            bean(SharedH2Database.class).closeAndSeal(context::close);
        }
        finally {
            previousHandlers.forEach(Signal::handle);
            closed.countDown();
        }
    }
}
