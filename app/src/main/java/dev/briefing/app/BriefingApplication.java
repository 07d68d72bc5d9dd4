package dev.briefing.app;

import dev.briefing.config.BriefingInfrastructureConfiguration;
import dev.briefing.config.BriefingJobConfiguration;
import dev.briefing.config.RemotePartitioningConfiguration;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Import;
import picocli.CommandLine;

/** Briefing: turns a folder of articles into a briefing pack. Run with {@code --help}. */
@SpringBootApplication
@Import({BriefingInfrastructureConfiguration.class, BriefingJobConfiguration.class,
        RemotePartitioningConfiguration.class})
public class BriefingApplication {

    static {
        // H2's AUTO_SERVER lets other processes of this machine share the database file; by default
        // it listens on every interface. Loopback only: job state is not reachable from other hosts.
        if (System.getProperty("h2.bindAddress") == null) {
            System.setProperty("h2.bindAddress", "127.0.0.1");
        }
    }

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    /** The command line, with Briefing's exit codes and one-line error messages. */
    public static CommandLine commandLine() {
        return new CommandLine(new BriefingCommand())
                .setExecutionExceptionHandler(new OneLineErrorHandler())
                .setParameterExceptionHandler(new UsageErrorHandler())
                .setHelpFactory(WhitespaceWrappedHelp.FACTORY)
                .setCaseInsensitiveEnumValuesAllowed(true)
                .setUnmatchedArgumentsAllowed(true);
    }
}
