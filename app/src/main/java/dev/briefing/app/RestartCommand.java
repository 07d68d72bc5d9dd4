package dev.briefing.app;

import java.util.concurrent.Callable;

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
        try (BriefingContext context = spring.start(remote.properties(spec.commandLine()))) {
            RunSummary run = RunSummary.of(context.bean(BriefingRuns.class).restart(executionId));
            return RunReport.outcome(run, spec.commandLine().getOut(), spec.commandLine().getErr());
        }
    }
}
