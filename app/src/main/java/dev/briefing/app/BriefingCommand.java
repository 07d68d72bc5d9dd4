package dev.briefing.app;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

@Command(name = "briefing", mixinStandardHelpOptions = true, version = "Briefing 0.1",
        description = "Turns a folder of news articles and editorials into a briefing pack: "
                + "summaries.jsonl, briefing.xlsx and briefing.pdf.",
        subcommands = {RunCommand.class, RestartCommand.class, StatusCommand.class, ServeCommand.class,
                WorkerCommand.class,
                CommandLine.HelpCommand.class},
        footer = {"", "Exit codes: 0 completed, 1 failed or stopped (restart resumes it), 2 usage error, "
                + "3 refused before starting."})
class BriefingCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        String given = String.join(" ", spec.commandLine().getUnmatchedArguments());
        throw new ParameterException(spec.commandLine(),
                given.isEmpty() ? "Missing command: run, restart, status, serve, worker or help" : "Unknown command: " + given);
    }
}
