package dev.briefing.app;

import java.io.Console;
import java.io.PrintWriter;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import dev.briefing.config.ExtractionProgress;
import dev.briefing.config.ExtractionProgress.Snapshot;

/**
 * Shows a run's extraction on stderr while it goes on, when stderr is a terminal: one line, rewritten
 * every {@value #EVERY_SECONDS} s ("extracting 1,200 of 5,000 articles (24%), 45/s, about 1m 24s
 * left"), and where it ended once the run has. Cron and systemd, which read no terminal, get none of
 * it: their stderr keeps to the one-line outcome.
 */
final class TerminalProgress {

    private static final int EVERY_SECONDS = 1;

    private TerminalProgress() {
    }

    /** Runs the briefing, showing its progress if stderr is a terminal. */
    static <T> T whileRunning(ExtractionProgress progress, PrintWriter err, Supplier<T> run) {
        if (!isTerminal()) {
            return run.get();
        }
        progress.clear();
        ScheduledExecutorService ticks = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, "terminal-progress");
            thread.setDaemon(true);
            return thread;
        });
        ticks.scheduleAtFixedRate(() -> progress.now().ifPresent(now -> show(err, "extracting", now, "\r")),
                EVERY_SECONDS, EVERY_SECONDS, TimeUnit.SECONDS);
        try {
            return run.get();
        }
        finally {
            ticks.shutdownNow();
            progress.now().ifPresent(now -> show(err, "extracted", now, "\n"));
        }
    }

    private static synchronized void show(PrintWriter err, String verb, Snapshot now, String end) {
        String line = verb + " " + ExtractionProgress.describe(now.done(), now.total(), now.rate(),
                end.equals("\n") ? null : now.remaining());
        err.print("\r" + line + " \u001b[K" + (end.equals("\n") ? "\n" : ""));
        err.flush();
    }

    /** Whether the process talks to a terminal (Console.isTerminal where the JDK has it, 22 and later). */
    private static boolean isTerminal() {
        Console console = System.console();
        if (console == null) {
            return false;
        }
        try {
            return (Boolean) Console.class.getMethod("isTerminal").invoke(console);
        }
        catch (ReflectiveOperationException ex) {
            return true;
        }
    }
}
