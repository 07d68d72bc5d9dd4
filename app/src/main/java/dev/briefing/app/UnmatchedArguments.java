package dev.briefing.app;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;

import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * Checks the arguments a command did not recognise, which pass on to Spring as {@code --name=value}
 * properties. Only properties of the namespaces Briefing uses pass, and of {@code briefing.*} only the
 * names it has: anything else is a typo that would otherwise be ignored ({@code --dat=2024-01-05}
 * briefed today). A typo is told with the command, option or property it is nearest to.
 */
final class UnmatchedArguments {

    /** The property namespaces of Spring and Briefing that a command passes on. */
    static final List<String> NAMESPACES = List.of("spring.", "briefing.", "logging.", "server.", "management.");

    /** The most edits a typo may be from the name it is taken for. */
    private static final int MAX_EDITS = 2;

    private UnmatchedArguments() {
    }

    /** The first problem with the unmatched arguments, in one sentence, or null when they are properties. */
    static @Nullable String problem(CommandSpec command, List<String> unmatched) {
        for (String argument : unmatched) {
            String problem = problem(command, argument);
            if (problem != null) {
                return problem;
            }
        }
        return null;
    }

    private static @Nullable String problem(CommandSpec command, String argument) {
        if (!argument.startsWith("--")) {
            return "Unknown option or argument: " + argument
                    + suggestion(argument, List.copyOf(command.subcommands().keySet()), "").orElse("");
        }
        int equals = argument.indexOf('=');
        String name = argument.substring(2, equals < 0 ? argument.length() : equals);
        if (equals < 0 || NAMESPACES.stream().noneMatch(name.toLowerCase(Locale.ROOT)::startsWith)) {
            return "Unknown option or argument: " + argument + suggestion(name, optionNames(command), "--")
                    .orElse(equals < 0 ? "" : " (properties are given as --name=value, of the namespaces "
                            + String.join("*, ", NAMESPACES) + "*)");
        }
        if (name.toLowerCase(Locale.ROOT).startsWith("briefing.") && !BriefingPropertyNames.isKnown(name)) {
            return "Unknown property: " + name + suggestion(name, BriefingPropertyNames.all(), "")
                    .orElse(" (see the README's Settings)");
        }
        return null;
    }

    private static List<String> optionNames(CommandSpec command) {
        List<String> names = new ArrayList<>();
        for (OptionSpec option : command.options()) {
            Stream.of(option.names()).filter(n -> n.startsWith("--")).map(n -> n.substring(2)).forEach(names::add);
        }
        return names;
    }

    private static Optional<String> suggestion(String typed, List<String> names, String prefix) {
        String given = typed.toLowerCase(Locale.ROOT);
        return names.stream()
                .filter(name -> edits(given, name.toLowerCase(Locale.ROOT)) <= MAX_EDITS)
                .min(Comparator.comparingInt(name -> edits(given, name.toLowerCase(Locale.ROOT))))
                .map(name -> " (did you mean " + prefix + name + "?)");
    }

    /** The optimal string alignment distance: insertions, deletions, substitutions and swaps of neighbours. */
    static int edits(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }
}
