package dev.briefing.app;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.Callable;

import dev.briefing.config.BriefingJobParameters;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "run", mixinStandardHelpOptions = true,
        description = "Briefs every article file of the input directory into a pack in the output directory, "
                + "and waits until the run ends.")
class RunCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--input", required = true, paramLabel = "DIR", description = "Directory of article files (.txt, .html)")
    Path input;

    @Option(names = "--output", required = true, paramLabel = "DIR", description = "Directory the pack is written to")
    Path output;

    @Option(names = "--date", paramLabel = "YYYY-MM-DD", description = "Run date (default: today)")
    LocalDate date;

    @Mixin
    SpringOptions spring;

    @Override
    public Integer call() {
        LocalDate runDate = date == null ? LocalDate.now() : date;
        try (ConfigurableApplicationContext context = spring.start()) {
            BriefingRuns runs = context.getBean(BriefingRuns.class);
            RunSummary run = RunSummary.of(runs.run(new BriefingJobParameters(runDate, input, output)));
            return RunReport.outcome(run, spec.commandLine().getOut(), spec.commandLine().getErr());
        }
    }
}
