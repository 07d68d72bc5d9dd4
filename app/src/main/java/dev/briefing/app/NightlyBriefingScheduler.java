package dev.briefing.app;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

import dev.briefing.config.BriefingJobParameters;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.concurrent.ThreadPoolTaskScheduler;
import org.springframework.scheduling.support.CronExpression;
import org.springframework.scheduling.support.CronTrigger;

/**
 * Briefs the inbox every night on a cron schedule, each night's pack into {@code OUTPUT/<date>/}.
 *
 * <p>One scheduler thread: runs never overlap (the next firing is computed after a run ends). A
 * nightly run briefs only what is new: content an earlier completed run briefed is left out. On
 * termination, the scheduler takes no new run and lets the running one stop at its next chunk.
 */
class NightlyBriefingScheduler {

    private static final Logger log = LoggerFactory.getLogger(NightlyBriefingScheduler.class);

    private final BriefingRuns runs;

    private final Path input;

    private final Path output;

    private final String cron;

    private final ZoneId zone;

    private final PrintWriter out;

    private final ThreadPoolTaskScheduler scheduler = new ThreadPoolTaskScheduler();

    private volatile @Nullable ScheduledFuture<?> nightly;

    NightlyBriefingScheduler(BriefingRuns runs, Path input, Path output, String cron, ZoneId zone, PrintWriter out) {
        this.runs = runs;
        this.input = input.toAbsolutePath().normalize();
        this.output = output.toAbsolutePath().normalize();
        this.cron = cron;
        this.zone = zone;
        this.out = out;
        scheduler.setPoolSize(1);
        scheduler.setThreadNamePrefix("nightly-briefing-");
        scheduler.setWaitForTasksToCompleteOnShutdown(true);
        scheduler.setAwaitTerminationSeconds(0);
    }

    void start() {
        scheduler.initialize();
        nightly = scheduler.schedule(this::briefToday, new CronTrigger(cron, zone));
        say("Serving: briefing %s into %s/<date>/ at '%s' (%s); next run %s", input, output, cron, zone, nextRun());
    }

    /** The run for today's date in the schedule's zone. */
    void briefToday() {
        LocalDate date = LocalDate.now(zone);
        try {
            JobExecution execution = runs.run(new BriefingJobParameters(date, input, output.resolve(date.toString())));
            RunSummary run = RunSummary.of(execution);
            say("Briefing %s %s: %d inputs read, %d skipped, %d already briefed, %d summarised (execution %d)%s",
                    date, run.status(), run.read(), run.skipped(), run.prior(), run.written(), run.id(),
                    run.status() == BatchStatus.COMPLETED ? "" : ": " + RunReport.reason(run));
            runs.backUpAfter(execution, line -> say("%s", line));
        }
        catch (RuntimeException ex) {
            log.warn("Nightly briefing for {} did not run", date, ex);
            say("Briefing %s not run: %s", date, OneLineErrorHandler.rootMessage(ex));
        }
        if (!scheduler.getScheduledExecutor().isShutdown()) {
            say("Next run %s", nextRun());
        }
    }

    ZonedDateTime nextRun() {
        return CronExpression.parse(cron).next(ZonedDateTime.now(zone));
    }

    /**
     * Takes no new run; a running one finishes or stops. The next firing is cancelled first: a
     * scheduled executor would otherwise keep its pending cron task, and wait for it, after shutdown.
     */
    void shutdown() {
        ScheduledFuture<?> next = nightly;
        if (next != null) {
            next.cancel(false);
        }
        scheduler.getScheduledExecutor().shutdown();
    }

    /** Waits until the scheduler has shut down and its last run has ended. */
    void awaitTermination() throws InterruptedException {
        while (!scheduler.getScheduledExecutor().awaitTermination(1, TimeUnit.MINUTES)) {
            log.debug("Still serving");
        }
    }

    private void say(String format, Object... args) {
        out.println(format.formatted(args));
        out.flush();
    }
}
