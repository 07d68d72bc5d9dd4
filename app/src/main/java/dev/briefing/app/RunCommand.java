package dev.briefing.app;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.concurrent.Callable;

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
     * recorded anything (its own run done or refused), which left this process's connections dead.
     */
    @Override
    public Integer call() {
        try {
            return brief();
        }
        catch (ServerEndedBeforeRunException ex) {
            log.info("{}; starting the run again", ex.getMessage());
            return brief();
        }
    }

    private int brief() {
        LocalDate runDate = date == null ? LocalDate.now() : date;
        try (BriefingContext context = spring.start(remote.properties(spec.commandLine()))) {
            BriefingRuns runs = context.bean(BriefingRuns.class);
            JobExecution execution = TerminalProgress.whileRunning(context.bean(ExtractionProgress.class),
                    spec.commandLine().getErr(), () -> runs.run(new BriefingJobParameters(runDate, input, output, all,
                            rerun ? LocalDateTime.now() : null)));
            int exitCode = RunReport.outcome(RunSummary.of(execution), spec.commandLine().getOut(),
                    spec.commandLine().getErr());
            runs.backUpAfter(execution, spec.commandLine().getOut()::println);
            spec.commandLine().getOut().flush();
            return exitCode;
        }
    }
}
