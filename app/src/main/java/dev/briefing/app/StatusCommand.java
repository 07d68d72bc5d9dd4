package dev.briefing.app;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

@Command(name = "status", mixinStandardHelpOptions = true,
        description = "Lists recent runs: id, date, status, start and end, inputs read, skipped and written.")
class StatusCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--limit", paramLabel = "N", defaultValue = "20", description = "How many runs (default: ${DEFAULT-VALUE})")
    int limit;

    @Mixin
    SpringOptions spring;

    @Override
    public Integer call() {
        if (limit < 1) {
            throw new ParameterException(spec.commandLine(), "--limit must be at least 1: " + limit);
        }
        try (BriefingContext context = spring.startExisting()) {
            BriefingRuns briefingRuns = context.bean(BriefingRuns.class);
            PrintWriter out = spec.commandLine().getOut();
            for (RunSummary recovered : briefingRuns.recoverAbandoned()) {
                out.printf("Execution %d was left running by a process that has ended: marked FAILED "
                        + "(resume it with: briefing restart %d)%n", recovered.id(), recovered.id());
            }
            List<RunSummary> runs = briefingRuns.recent(limit);
            if (runs.isEmpty()) {
                out.println("No briefing runs yet.");
            }
            else {
                out.println(RunReport.header());
                runs.forEach(run -> out.println(RunReport.line(run)));
            }
            out.flush();
            return ExitCodes.OK;
        }
    }
}
