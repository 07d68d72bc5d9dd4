package dev.briefing.app;

import java.util.concurrent.Callable;

import dev.briefing.config.ExtractionProgress;
import org.springframework.batch.core.job.JobExecution;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "restart", mixinStandardHelpOptions = true,
        description = {"Restarts a failed or stopped run where it stopped, and waits until it ends.",
                "Unfinished partitions of a run with remote workers are sent to the workers again with --workers "
                        + "and --broker, or else extracted on this machine."})
class RestartCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(arity = "0..1", paramLabel = "EXECUTION_ID",
            description = "The execution to restart (default: the latest failed or stopped one)")
    Long executionId;

    @Mixin
    RemoteOptions remote;

    @Mixin
    SpringOptions spring;

    @Override
    public Integer call() {
        try (BriefingContext context = spring.startExisting(remote.properties(spec.commandLine()))) {
            BriefingRuns runs = context.bean(BriefingRuns.class);
            JobExecution execution = TerminalProgress.whileRunning(context.bean(ExtractionProgress.class),
                    spec.commandLine().getErr(), () -> runs.restart(executionId));
            int exitCode = RunReport.outcome(runs.runOf(execution), spec.commandLine().getOut(),
                    spec.commandLine().getErr());
            runs.backUpAfter(execution, spec.commandLine().getOut()::println);
            spec.commandLine().getOut().flush();
            return exitCode;
        }
    }
}
