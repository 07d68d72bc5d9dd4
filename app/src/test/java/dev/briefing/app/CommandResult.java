package dev.briefing.app;

import java.io.PrintWriter;
import java.io.StringWriter;

import picocli.CommandLine;

/** What a command printed and the exit code it returned, run in-process. */
record CommandResult(int exitCode, String out, String err) {

    static CommandResult run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine commandLine = BriefingApplication.commandLine();
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        int exitCode = commandLine.execute(args);
        return new CommandResult(exitCode, out.toString(), err.toString());
    }
}
