package dev.briefing.app;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.concurrent.Callable;
import java.util.function.Function;

import dev.briefing.config.BriefingJobParameters;
import dev.briefing.config.ExtractionProgress;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.job.JobExecution;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "run", mixinStandardHelpOptions = true,
        description = "Briefs every article file of the input directory into a pack in the output directory, "
                + "and waits until the run ends.")
class RunCommand implements Callable<Integer> {

    private static final Logger log = LoggerFactory.getLogger(RunCommand.class);

    /** How many times a run is resumed after the process serving the database ended during it. */
    private static final int RESUMES = 3;

    @Spec
    CommandSpec spec;

    @Option(names = "--input", required = true, paramLabel = "DIR", description = "Directory of article files (.txt, .html)")
    Path input;

    @Option(names = "--output", required = true, paramLabel = "DIR", description = "Directory the pack is written to")
    Path output;

    @Option(names = "--date", paramLabel = "YYYY-MM-DD", description = "Run date (default: today)")
    LocalDate date;

    @Option(names = "--all", description = "Also brief articles whose content an earlier run already briefed")
    boolean all;

    @Option(names = "--rerun", description = "Brief a date again although its run completed")
    boolean rerun;

    @Mixin
    RemoteOptions remote;

    @Mixin
    SpringOptions spring;

    /**
     * Briefs the inbox; started once more if the process serving the database file ended before the run
     * recorded anything (its own run done or refused), which left this process's connections dead; resumed
     * where it stopped, up to {@value #RESUMES} times, if that process ended during the run.
     */
    @Override
    public Integer call() {
        LocalDateTime started = LocalDateTime.now();
        BriefingJobParameters parameters = new BriefingJobParameters(date == null ? LocalDate.now() : date, input,
                output, all, rerun ? LocalDateTime.now() : null);
        try {
            return brief(parameters);
        }
        catch (ServerEndedBeforeRunException ex) {
            log.info("{}; starting the run again", ex.getMessage());
            return brief(parameters);
        }
        catch (ServerEndedDuringRunException ex) {
            return resume(parameters, started, ex, RESUMES);
        }
    }

    private int brief(BriefingJobParameters parameters) {
        return inContext(false, runs -> runs.run(parameters));
    }

    /**
     * Resumes the run after the process serving the database ended during it: in a new application
     * context, whose connections open the file again (this process then serves it, or the one that
     * took it over does).
     */
    private int resume(BriefingJobParameters parameters, LocalDateTime started, ServerEndedDuringRunException ended,
            int resumesLeft) {
        String execution = ended.executionId() == null ? "the run" : "execution " + ended.executionId();
        spec.commandLine().getErr().println("briefing: the process serving the database ended during " + execution
                + "; resuming it where it stopped");
        log.warn("{}; resuming the run", ended.getMessage(), ended);
        try {
            return inContext(true, runs -> runs.resumeAfterServerEnded(parameters, started));
        }
        catch (ServerEndedDuringRunException again) {
            if (resumesLeft <= 1) {
                throw again;
            }
            return resume(parameters, started, again, resumesLeft - 1);
        }
    }

    /** Runs the briefing in a started application context, reports its outcome and backs the database up. */
    private int inContext(boolean existing, Function<BriefingRuns, JobExecution> briefing) {
        String[] properties = remote.properties(spec.commandLine());
        try (BriefingContext context = existing ? spring.startExisting(properties) : spring.start(properties)) {
            BriefingRuns runs = context.bean(BriefingRuns.class);
            JobExecution execution = TerminalProgress.whileRunning(context.bean(ExtractionProgress.class),
                    spec.commandLine().getErr(), () -> ServerEndedDuringRunException.unlessServerEnded(
                            briefing.apply(runs)));
            int exitCode = RunReport.outcome(summary(runs, execution), spec.commandLine().getOut(),
                    spec.commandLine().getErr());
            runs.backUpAfter(execution, spec.commandLine().getOut()::println);
            spec.commandLine().getOut().flush();
            return exitCode;
        }
    }

    /**
     * The run's outcome, counted over all its executions (a resumed run's too); this execution's own
     * counts when the database closed once the run had ended, as it does when the process serving it
     * exits then (terminated, it waits for this run).
     */
    private static RunSummary summary(BriefingRuns runs, JobExecution execution) {
        try {
            return runs.runOf(execution);
        }
        catch (RuntimeException ex) {
            if (H2Failures.serverGone(ex) == null) {
                throw ex;
            }
            log.info("The database closed after execution {} ended; telling its own counts", execution.getId());
            return RunSummary.of(execution);
        }
    }
}
