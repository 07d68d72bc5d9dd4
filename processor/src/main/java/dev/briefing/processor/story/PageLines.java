package dev.briefing.processor.story;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.briefing.processor.reference.ReferenceData;

/**
 * The lines (paragraphs) of an article as the page laid them out, and what each is: furniture
 * ({@code story-furniture.tsv}: captions, credits, "this story is from" notes), a headline (a short
 * line that is not furniture) or prose (a line that reads as sentences). Datelines opening a
 * paragraph ({@code story-datelines.tsv}) can be taken off.
 */
final class PageLines {

    static final int HEADLINE_MIN_WORDS = 3;

    static final int HEADLINE_MAX_WORDS = 30;

    static final int PROSE_MIN_WORDS = 10;

    /** A line of this many words or fewer, each capitalised, is a name or label, not a headline. */
    static final int NAME_WORDS = 3;

    static final int OUTLET_MAX_WORDS = 6;

    private static final List<Pattern> FURNITURE = patterns("story-furniture.tsv", Pattern.CASE_INSENSITIVE);

    private static final List<Pattern> DATELINES = patterns("story-datelines.tsv", 0);

    /** A stripped line of the text and the offset of its first character. */
    record Line(String text, int start) {

        int end() {
            return start + text.length();
        }
    }

    private PageLines() {
    }

    static List<Line> of(String text) {
        List<Line> lines = new ArrayList<>();
        int start = 0;
        while (start <= text.length()) {
            int end = text.indexOf('\n', start);
            if (end < 0) {
                end = text.length();
            }
            String raw = text.substring(start, end);
            String stripped = raw.strip();
            if (!stripped.isEmpty()) {
                lines.add(new Line(stripped, start + raw.indexOf(stripped.charAt(0))));
            }
            start = end + 1;
        }
        return lines;
    }

    static boolean furniture(String line) {
        return FURNITURE.stream().anyMatch(pattern -> pattern.matcher(line).find());
    }

    /** Could the line be a headline: not furniture, a few words, not a bare name or section label. */
    static boolean headline(String line) {
        int words = words(line);
        return words >= HEADLINE_MIN_WORDS && words <= HEADLINE_MAX_WORDS && !furniture(line)
                && line.chars().anyMatch(Character::isLowerCase) && !(words <= NAME_WORDS && capitalised(line));
    }

    /** Whether every word starts with a capital, as a person's name or a section label does. */
    private static boolean capitalised(String line) {
        for (String word : line.split("[\\s-]+")) {
            if (!word.isEmpty() && Character.isLetter(word.charAt(0)) && !Character.isUpperCase(word.charAt(0))) {
                return false;
            }
        }
        return true;
    }

    /** Whether a name given as an outlet reads as one: a few words, not page furniture. */
    static boolean outlet(String name) {
        return words(name) <= OUTLET_MAX_WORDS && !furniture(name);
    }

    /** Does the line read as prose: enough words, ending as a sentence does, not furniture. */
    static boolean prose(String line) {
        return words(line) >= PROSE_MIN_WORDS && endsAsSentence(line) && !furniture(line);
    }

    static boolean endsAsSentence(String line) {
        return line.matches("(?s).*[.!?][\"'”’)]*$");
    }

    /** How many characters of the paragraph's opening dateline to skip; 0 when it has none. */
    static int dateline(String paragraph) {
        for (Pattern pattern : DATELINES) {
            Matcher matcher = pattern.matcher(paragraph);
            if (matcher.find() && matcher.end() < paragraph.length()) {
                return matcher.end();
            }
        }
        return 0;
    }

    static int words(String line) {
        int words = 0;
        boolean inWord = false;
        for (int i = 0; i < line.length(); i++) {
            boolean letter = Character.isLetterOrDigit(line.charAt(i));
            if (letter && !inWord) {
                words++;
            }
            inWord = letter;
        }
        return words;
    }

    private static List<Pattern> patterns(String file, int flags) {
        return ReferenceData.rows(file).stream().map(row -> Pattern.compile(row[0], flags)).toList();
    }
}
