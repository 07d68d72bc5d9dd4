package dev.briefing.app;

import java.io.PrintWriter;

import picocli.CommandLine;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.ParameterException;

/**
 * Tells a usage error in one line, with where to find the command's help, and exits with
 * {@link ExitCodes#USAGE}. An unknown option is told first, with the option it is nearest to: a typo
 * such as {@code --inptu} would otherwise only show as the required {@code --input} missing.
 */
class UsageErrorHandler implements IParameterExceptionHandler {

    @Override
    public int handleParseException(ParameterException ex, String[] args) {
        CommandLine commandLine = ex.getCommandLine();
        String unmatched = UnmatchedArguments.problem(commandLine.getCommandSpec(),
                commandLine.getUnmatchedArguments());
        PrintWriter err = commandLine.getErr();
        err.println((unmatched == null ? ex.getMessage() : unmatched) + " (see: "
                + commandLine.getCommandSpec().qualifiedName() + " --help)");
        err.flush();
        return ExitCodes.USAGE;
    }
}
