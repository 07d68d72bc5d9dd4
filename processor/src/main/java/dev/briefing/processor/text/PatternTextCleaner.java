package dev.briefing.processor.text;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import dev.briefing.processor.reference.ReferenceData;

/**
 * Leaves out page furniture recognised by the line patterns of {@code reference/furniture.tsv}: a
 * {@code line} pattern drops the paragraph it matches, a {@code tail} pattern (a "COMMENTS" heading)
 * drops that paragraph and everything after it.
 *
 * <p>A paragraph is a line of the text; blank lines separate nothing more than lines do.
 */
public class PatternTextCleaner implements TextCleaner {

    private final List<Pattern> lines;

    private final List<Pattern> tails;

    PatternTextCleaner(List<Pattern> lines, List<Pattern> tails) {
        this.lines = List.copyOf(lines);
        this.tails = List.copyOf(tails);
    }

    /** The cleaner over the project's furniture patterns. */
    public static PatternTextCleaner standard() {
        List<Pattern> lines = new ArrayList<>();
        List<Pattern> tails = new ArrayList<>();
        for (String[] row : ReferenceData.rows("furniture.tsv")) {
            Pattern pattern = Pattern.compile(row[1]);
            switch (row[0]) {
                case "line" -> lines.add(pattern);
                case "tail" -> tails.add(pattern);
                default -> throw new IllegalStateException("furniture.tsv: unknown kind " + row[0]);
            }
        }
        return new PatternTextCleaner(lines, tails);
    }

    @Override
    public List<TextSpan> paragraphs(String text) {
        List<TextSpan> paragraphs = new ArrayList<>();
        int lineStart = 0;
        while (lineStart < text.length()) {
            int lineEnd = text.indexOf('\n', lineStart);
            if (lineEnd < 0) {
                lineEnd = text.length();
            }
            TextSpan span = trimmed(text, lineStart, lineEnd);
            if (span != null) {
                String line = text.substring(span.start(), span.end());
                if (matches(tails, line)) {
                    break;
                }
                if (!matches(lines, line)) {
                    paragraphs.add(span);
                }
            }
            lineStart = lineEnd + 1;
        }
        return paragraphs;
    }

    /** Whether a stripped line is page furniture: a line pattern or a tail pattern matches it. */
    public boolean furniture(String line) {
        return matches(lines, line) || matches(tails, line);
    }

    private static boolean matches(List<Pattern> patterns, String line) {
        for (Pattern pattern : patterns) {
            if (pattern.matcher(line).matches()) {
                return true;
            }
        }
        return false;
    }

    private static TextSpan trimmed(String text, int start, int end) {
        while (start < end && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        return start < end ? new TextSpan(start, end) : null;
    }
}
