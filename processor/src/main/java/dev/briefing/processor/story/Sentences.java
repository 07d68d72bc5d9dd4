package dev.briefing.processor.story;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.briefing.processor.reference.ReferenceData;

/**
 * Splits a passage (a lead paragraph, a quotation of several sentences) into its sentences, as
 * offsets into it: a sentence ends at ".", "!" or "?" (and any closing quote) followed by a space and
 * a capital, a digit or an opening quote, unless the word before the stop is an abbreviation of
 * {@code story-abbreviations.tsv} or a single capital ("U.S.", "Mr.").
 */
final class Sentences {

    private static final Pattern STOP = Pattern.compile("[.!?][\"'”’)]*\\s+(?=[\"'“‘(\\p{Lu}\\d])");

    private static final Set<String> ABBREVIATIONS = Set.copyOf(ReferenceData.rows("story-abbreviations.tsv").stream()
            .map(row -> row[0].strip()).toList());

    /** A sentence of the passage, from {@code start} to just after its stop. */
    record Span(int start, int end) {
    }

    private Sentences() {
    }

    static List<Span> of(String passage) {
        List<Span> spans = new ArrayList<>();
        Matcher stop = STOP.matcher(passage);
        int start = 0;
        while (stop.find()) {
            if (abbreviation(passage, stop.start())) {
                continue;
            }
            int end = passage.substring(stop.start(), stop.end()).stripTrailing().length() + stop.start();
            spans.add(new Span(start, end));
            start = stop.end();
        }
        if (start < passage.length()) {
            spans.add(new Span(start, passage.stripTrailing().length()));
        }
        return spans;
    }

    private static boolean abbreviation(String passage, int stop) {
        if (passage.charAt(stop) != '.') {
            return false;
        }
        int from = stop;
        while (from > 0 && (Character.isLetter(passage.charAt(from - 1)) || passage.charAt(from - 1) == '.')) {
            from--;
        }
        String word = passage.substring(from, stop);
        return word.length() == 1 && Character.isUpperCase(word.charAt(0)) || word.contains(".")
                || ABBREVIATIONS.contains(word);
    }
}
