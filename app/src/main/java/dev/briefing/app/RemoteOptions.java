package dev.briefing.app;

import java.util.ArrayList;
import java.util.List;

import picocli.CommandLine;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/**
 * Options of a command that may manage remote workers: the broker and how many partitions to send it.
 * Without them the extraction runs on this machine's cores.
 */
class RemoteOptions {

    @Option(names = "--workers", paramLabel = "N",
            description = "Split the extraction into N partitions for remote workers (see: briefing worker)")
    Integer workers;

    @Option(names = "--broker", paramLabel = "URL",
            description = "The ActiveMQ Artemis broker the workers listen on, e.g. tcp://broker-host:61616")
    String broker;

    /** These options as Spring properties; workers need a broker. */
    String[] properties(CommandLine commandLine) {
        if (workers != null && workers > 0 && broker == null) {
            throw new ParameterException(commandLine, "--workers needs --broker URL, the broker the workers listen on");
        }
        List<String> properties = new ArrayList<>();
        if (workers != null) {
            properties.add("--briefing.remote.workers=" + workers);
        }
        if (broker != null) {
            properties.add("--briefing.remote.broker=" + broker);
        }
        return properties.toArray(String[]::new);
    }
}
