package dev.briefing.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import picocli.CommandLine.Model.CommandSpec;

/** Which unknown arguments pass on to Spring as properties, and what a typo is told. */
class UnmatchedArgumentsTests {

    private final CommandSpec run = BriefingApplication.commandLine().getSubcommands().get("run").getCommandSpec();

    @Test
    void propertiesOfTheNamespacesBriefingUsesPass() {
        assertThat(UnmatchedArguments.problem(run, List.of("--briefing.chunk-size=5", "--briefing.chunkSize=5",
                "--briefing.schedule.cron=0 0 3 * * *", "--spring.datasource.url=jdbc:h2:mem:x",
                "--logging.level.root=DEBUG", "--management.x=1", "--server.port=1"))).isNull();
    }

    @Test
    void aTypoOfAnOptionIsAUsageErrorNamingTheOption() {
        assertThat(UnmatchedArguments.problem(run, List.of("--dat=2024-01-05")))
                .isEqualTo("Unknown option or argument: --dat=2024-01-05 (did you mean --date?)");
        assertThat(UnmatchedArguments.problem(run, List.of("--colour=red"))).startsWith(
                "Unknown option or argument: --colour=red (properties are given as --name=value, of the namespaces");
    }

    @Test
    void aTypoOfACommandNamesTheNearestCommand() {
        CommandSpec briefing = BriefingApplication.commandLine().getCommandSpec();

        assertThat(UnmatchedArguments.problem(briefing, List.of("stauts")))
                .isEqualTo("Unknown option or argument: stauts (did you mean status?)");
        assertThat(UnmatchedArguments.problem(briefing, List.of("yesterday")))
                .isEqualTo("Unknown option or argument: yesterday");
    }

    @Test
    void anUnknownBriefingPropertyIsAUsageErrorNamingTheNearestOne() {
        assertThat(UnmatchedArguments.problem(run, List.of("--briefing.chunk-sise=5")))
                .isEqualTo("Unknown property: briefing.chunk-sise (did you mean briefing.chunk-size?)");
        assertThat(UnmatchedArguments.problem(run, List.of("--briefing.colour=red")))
                .isEqualTo("Unknown property: briefing.colour (see the README's Settings)");
    }

    @Test
    void everyBriefingPropertyOfTheReadmeIsKnown() {
        assertThat(BriefingPropertyNames.all()).contains("briefing.db", "briefing.chunk-size", "briefing.max-file-size",
                "briefing.skip-limit", "briefing.partitions", "briefing.partition-minimum", "briefing.remote.broker",
                "briefing.remote.workers", "briefing.remote.timeout", "briefing.remote.poll-interval",
                "briefing.schedule.cron", "briefing.schedule.zone");
    }
}
