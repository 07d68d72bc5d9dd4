package dev.briefing.processor;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import dev.briefing.processor.reference.ReferenceData;
import dev.briefing.processor.text.PatternTextCleaner;
import org.jspecify.annotations.Nullable;

/**
 * Reads an article's head: the lines before its first paragraph. Page furniture, photo captions
 * and credits, and short label lines (a section, a topic, an author) are passed over; the first
 * other line is the headline, unless it is already a paragraph (a long sentence ending in a full
 * stop, or one opening with a dateline): then the article has no headline. A section label of
 * {@code section-labels.tsv} among the label lines, or before the headline's "|", marks an opinion
 * piece, and a name after it (or a "By" line) is its author.
 */
final class HeadlineFinder {

    /** What the head of an article says. */
    record Head(@Nullable String title, boolean opinion, @Nullable String author) {
    }

    /** Lines of the head looked at, at most. */
    private static final int HEAD_LINES = 10;

    /** Words a label line has at most; a headline has more, unless the body follows it. */
    private static final int LABEL_WORDS = 4;

    /** Words a headline has at most; a longer line is a caption or a paragraph. */
    private static final int TITLE_WORDS = 25;

    /** Words a line ending in a full stop needs to be a paragraph rather than a headline. */
    private static final int PARAGRAPH_WORDS = 10;

    private static final Pattern DATELINE = Pattern.compile("^[A-Z][\\p{L} ./'-]{1,40}(?:,[^:\\n]{0,40})?(?::|\\s+[-–—])\\s.*");

    private static final Pattern BY = Pattern.compile("^(?i:by)\\s+(\\p{Lu}[\\p{L}.'-]+(?:\\s+\\p{Lu}[\\p{L}.'-]+){1,3})\\s*$");

    private static final Pattern NAME = Pattern.compile("^\\p{Lu}[\\p{L}.'-]+(?:\\s+\\p{Lu}[\\p{L}.'-]+){1,3}$");

    /** A label of a few words, then the date of the piece: "Expert comment Published 20 June 2024". */
    private static final Pattern LABEL_AND_DATE = Pattern.compile("^(\\p{L}[\\p{L}-]*(?:\\s+\\p{L}[\\p{L}-]*){0,2}?)\\s+(?i:published|updated|posted)?\\s*\\d.*");

    private final PatternTextCleaner cleaner;

    private final Set<String> labels = new HashSet<>();

    HeadlineFinder(PatternTextCleaner cleaner) {
        this.cleaner = cleaner;
        ReferenceData.rows("section-labels.tsv").forEach(row -> labels.add(row[0].strip()));
    }

    Head read(String text) {
        List<String> lines = headLines(text);
        boolean opinion = false;
        String author = null;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (cleaner.furniture(line) || caption(line, lines)) {
                continue;
            }
            if (isLabel(line)) {
                opinion = true;
                continue;
            }
            java.util.regex.Matcher by = BY.matcher(line);
            if (by.matches()) {
                author = by.group(1);
                continue;
            }
            if (words(line) < LABEL_WORDS && i + 1 < lines.size() && !paragraph(lines.get(i + 1))) {
                if (opinion && author == null && NAME.matcher(line).matches()) {
                    author = line;
                }
                continue;
            }
            if (paragraph(line)) {
                return new Head(null, opinion, author);
            }
            return new Head(line, opinion || labelled(line) || labelBelow(lines, i + 1), author);
        }
        return new Head(null, opinion, author);
    }

    private static List<String> headLines(String text) {
        List<String> lines = new ArrayList<>();
        for (String line : text.lines().toList()) {
            String stripped = line.strip();
            if (!stripped.isEmpty()) {
                lines.add(stripped);
            }
            if (lines.size() == HEAD_LINES) {
                break;
            }
        }
        return lines;
    }

    /** A photo caption: longer than any headline, or repeated word for word in the head. */
    private static boolean caption(String line, List<String> lines) {
        return words(line) > TITLE_WORDS && !line.endsWith(".") || lines.indexOf(line) != lines.lastIndexOf(line);
    }

    private boolean isLabel(String line) {
        return labels.contains(line.toLowerCase(Locale.ROOT));
    }

    /**
     * A section label on a line of the head below the headline, alone or opening the line of the
     * piece's date ("Expert comment Published 20 June 2024"), as some publishers place it.
     */
    private boolean labelBelow(List<String> lines, int from) {
        for (String line : lines.subList(from, lines.size())) {
            if (isLabel(line)) {
                return true;
            }
            java.util.regex.Matcher dated = LABEL_AND_DATE.matcher(line);
            if (dated.matches() && labels.contains(dated.group(1).strip().toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    /** "My Take | The world has ...": a section label before the headline's bar or colon. */
    private boolean labelled(String line) {
        int bar = line.indexOf('|');
        int colon = line.indexOf(':');
        int cut = bar > 0 ? bar : colon;
        return cut > 0 && labels.contains(line.substring(0, cut).strip().toLowerCase(Locale.ROOT));
    }

    private static boolean paragraph(String line) {
        boolean sentence = line.endsWith(".") && words(line) >= PARAGRAPH_WORDS || words(line) > TITLE_WORDS;
        return sentence || DATELINE.matcher(line).matches() && words(line) > LABEL_WORDS;
    }

    private static int words(String line) {
        return line.split("\\s+").length;
    }
}
