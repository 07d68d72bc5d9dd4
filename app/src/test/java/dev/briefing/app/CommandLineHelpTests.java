package dev.briefing.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;

/** The usage help as a newcomer reads it: whole words, a help command, typos answered with the near option. */
class CommandLineHelpTests {

    @Test
    void helpWrapsAtWhiteSpaceOnlySoEveryWordOfEveryDescriptionStaysWhole() {
        CommandLine root = BriefingApplication.commandLine();
        List<CommandLine> commands = new ArrayList<>(List.of(root));
        commands.addAll(root.getSubcommands().values());
        for (CommandLine command : commands) {
            Set<String> rendered = new HashSet<>(List.of(command.getUsageMessage().split("\\s+")));
            assertThat(words(command.getCommandSpec())).as("words of %s's help", command.getCommandName())
                    .allSatisfy(word -> assertThat(rendered).contains(word));
        }
        assertThat(root.getSubcommands().get("run").getUsageMessage()).contains("./data/briefing.mv.db)");
        assertThat(root.getUsageMessage()).contains("summaries.jsonl,", "(--spring.datasource.url=...");
    }

    @Test
    void linesAreBrokenAtWhiteSpaceWithinTheWidth() {
        assertThat(WhitespaceWrappedHelp.lines("the pack: summaries.jsonl, briefing.xlsx", 20, 2))
                .containsExactly("the pack:", "  summaries.jsonl,", "  briefing.xlsx");
    }

    @Test
    void helpIsACommand() {
        CommandResult help = CommandResult.run("help");
        CommandResult helpRun = CommandResult.run("help", "run");

        assertThat(help.exitCode()).isEqualTo(ExitCodes.OK);
        assertThat(help.out()).startsWith("Usage: briefing [-hV] [COMMAND]").contains("  help ");
        assertThat(helpRun.exitCode()).isEqualTo(ExitCodes.OK);
        assertThat(helpRun.out()).startsWith("Usage: briefing run ");
    }

    @Test
    void aMistypedOptionIsToldWithTheOptionItIsNearestTo() {
        CommandResult run = CommandResult.run("run", "--inptu", "inbox", "--output", "out");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err().lines()).containsExactly(
                "Unknown option or argument: --inptu (did you mean --input?) (see: briefing run --help)");
    }

    @Test
    void theNearestNameIsWithinTwoEdits() {
        assertThat(UnmatchedArguments.edits("inptu", "input")).isEqualTo(1);
        assertThat(UnmatchedArguments.edits("dat", "date")).isEqualTo(1);
        assertThat(UnmatchedArguments.edits("output", "input")).isGreaterThan(2);
    }

    private static List<String> words(CommandSpec spec) {
        Stream<String> descriptions = Stream.concat(Stream.of(spec.usageMessage().description()),
                spec.options().stream().flatMap(option -> Stream.of(option.description())));
        return Stream.concat(descriptions, Stream.of(spec.usageMessage().footer()))
                .flatMap(line -> Stream.of(line.split("\\s+")))
                .filter(word -> !word.isBlank() && !word.contains("${") && !word.contains("%"))
                .distinct()
                .toList();
    }
}
