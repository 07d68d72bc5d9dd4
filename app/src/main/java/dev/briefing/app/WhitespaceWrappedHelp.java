package dev.briefing.app;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import picocli.CommandLine.Help;
import picocli.CommandLine.Help.Ansi.Text;
import picocli.CommandLine.Help.Column;
import picocli.CommandLine.Help.TextTable;
import picocli.CommandLine.IHelpFactory;
import picocli.CommandLine.Model.CommandSpec;

/**
 * picocli's usage help, with every text wrapped at white space only. picocli's own wrapping breaks
 * lines wherever {@link java.text.BreakIterator} allows, which includes after a dot inside a word:
 * "summaries.jsonl" became "summaries." and "jsonl" on two lines, "./data/briefing" lost its dot to
 * the line before. Words longer than a line are the only ones still broken.
 */
final class WhitespaceWrappedHelp extends Help {

    static final IHelpFactory FACTORY = WhitespaceWrappedHelp::new;

    private WhitespaceWrappedHelp(CommandSpec spec, ColorScheme colorScheme) {
        super(spec, colorScheme);
    }

    @Override
    public String description(Object... params) {
        return paragraphs(commandSpec().usageMessage().description(), params);
    }

    @Override
    public String footer(Object... params) {
        return paragraphs(commandSpec().usageMessage().footer(), params);
    }

    @Override
    public String header(Object... params) {
        return paragraphs(commandSpec().usageMessage().header(), params);
    }

    @Override
    public Layout createDefaultLayout() {
        Layout layout = super.createDefaultLayout();
        return new Layout(colorScheme(), wrapping(layout.textTable()), layout.optionRenderer(),
                layout.parameterRenderer());
    }

    /** The list of subcommands, each with the first line of its header or description, as picocli lays it out. */
    @Override
    public String commandList(Map<String, Help> subcommands) {
        if (subcommands.isEmpty()) {
            return "";
        }
        int names = subcommands.values().stream().mapToInt(help -> help.commandNamesText(", ").plainString().length())
                .max().orElse(0);
        int width = commandSpec().usageMessage().width();
        TextTable table = new WhitespaceWrappingTable(colorScheme(), new Column[] {
            new Column(names + 2, 2, Column.Overflow.SPAN), new Column(width - (names + 2), 2, Column.Overflow.WRAP)});
        for (Help help : subcommands.values()) {
            table.addRowValues(help.commandNamesText(", "), text(summary(help.commandSpec())));
        }
        return table.toString();
    }

    private static String summary(CommandSpec command) {
        String[] header = command.usageMessage().header();
        String[] description = command.usageMessage().description();
        return header.length > 0 ? header[0] : description.length > 0 ? description[0] : "";
    }

    @Override
    public TextTable createTextTable(Map<?, ?> map) {
        TextTable table = wrapping(super.createTextTable(Map.of()));
        map.forEach((key, value) -> table.addRowValues(text(key), text(value)));
        return table;
    }

    private TextTable wrapping(TextTable table) {
        WhitespaceWrappingTable wrapping = new WhitespaceWrappingTable(colorScheme(), table.columns());
        wrapping.indentWrappedLines = table.indentWrappedLines;
        return wrapping;
    }

    private Text text(Object value) {
        return value instanceof Text text ? text : colorScheme().ansi().new Text(String.valueOf(value), colorScheme());
    }

    private String paragraphs(String[] lines, Object... params) {
        StringBuilder text = new StringBuilder();
        for (String line : lines) {
            for (String paragraph : String.format(line, params).split("\\R", -1)) {
                for (String wrapped : lines(paragraph, commandSpec().usageMessage().width(), 0)) {
                    text.append(wrapped).append(System.lineSeparator());
                }
            }
        }
        return text.toString();
    }

    /**
     * The text in lines of at most {@code width} characters, each later line indented by {@code indent}
     * spaces, broken at white space only.
     */
    static List<String> lines(String text, int width, int indent) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.strip().split("\\s+")) {
            int limit = lines.isEmpty() ? width : width - indent;
            if (!line.isEmpty() && line.length() + 1 + word.length() > limit) {
                lines.add(lines.isEmpty() ? line.toString() : " ".repeat(indent) + line);
                line.setLength(0);
            }
            line.append(line.isEmpty() ? "" : " ").append(word);
        }
        lines.add(lines.isEmpty() ? line.toString() : " ".repeat(indent) + line);
        return lines;
    }

    /** A table whose wrapping columns break their values at white space only. */
    private static final class WhitespaceWrappingTable extends TextTable {

        WhitespaceWrappingTable(ColorScheme colorScheme, Column[] columns) {
            super(colorScheme, columns);
        }

        @Override
        public Cell putValue(int row, int col, Text value) {
            Column column = columns()[col];
            int width = column.width - column.indent;
            String plain = value.plainString();
            if (column.overflow != Column.Overflow.WRAP || plain.length() <= width) {
                return super.putValue(row, col, value);
            }
            List<String> lines = lines(plain, width, indentWrappedLines);
            Cell cell = super.putValue(row, col, value.substring(0, 0).append(lines.getFirst()));
            for (String line : lines.subList(1, lines.size())) {
                addEmptyRow();
                cell = super.putValue(rowCount() - 1, col, value.substring(0, 0).append(line));
            }
            return cell;
        }
    }
}
