package dev.briefing.app;

import java.nio.file.Path;
import java.time.ZoneId;
import java.util.concurrent.Callable;

import dev.briefing.config.BriefingProperties;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import org.springframework.scheduling.support.CronExpression;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Runs in the foreground and briefs the input directory every night, each night's pack into "
                + "OUTPUT/<date>/. Only articles no earlier run briefed are briefed. SIGTERM stops a running "
                + "briefing cleanly (STOPPED, restartable) before the process exits.",
                "Cron and zone default to briefing.schedule.cron and briefing.schedule.zone."})
class ServeCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--input", required = true, paramLabel = "DIR", description = "The inbox of article files")
    Path input;

    @Option(names = "--output", required = true, paramLabel = "DIR", description = "Directory of the nightly packs")
    Path output;

    @Option(names = "--cron", paramLabel = "EXPRESSION",
            description = "When to run: second minute hour day month weekday (default: 0 0 2 * * *, 02:00 daily)")
    String cron;

    @Option(names = "--zone", paramLabel = "ZONE", description = "Time zone of the schedule and run dates, e.g. Europe/London")
    ZoneId zone;

    @Mixin
    SpringOptions spring;

    @Override
    public Integer call() throws InterruptedException {
        if (cron != null && !CronExpression.isValidExpression(cron)) {
            throw new ParameterException(spec.commandLine(), "--cron is not a cron expression (second minute hour "
                    + "day month weekday, e.g. '0 0 2 * * *'): " + cron);
        }
        try (BriefingContext context = spring.start()) {
            BriefingProperties.Schedule schedule = context.bean(BriefingProperties.class).schedule();
            NightlyBriefingScheduler scheduler = new NightlyBriefingScheduler(context.bean(BriefingRuns.class), input,
                    output, cron == null ? schedule.cron() : cron, zone == null ? schedule.zoneOrDefault() : zone,
                    spec.commandLine().getOut());
            context.onTermination(scheduler::shutdown);
            context.bean(BriefingRuns.class).recoverAbandoned();
            scheduler.start();
            scheduler.awaitTermination();
            spec.commandLine().getOut().println("Stopped serving.");
            spec.commandLine().getOut().flush();
            return ExitCodes.OK;
        }
    }
}
