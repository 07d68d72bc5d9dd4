package dev.briefing.processor.summary;

import java.util.List;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

/**
 * A stated position: who holds which stance about which countries, and where the article says so.
 *
 * @param holders   who holds it; several for a joint statement, the outlet for an editorial's own view
 * @param stance    its polarity
 * @param about     alpha-2 codes of the countries it is about (targets and subjects, not holders)
 * @param statement the position itself, in words
 * @param quote     the verbatim quotation it contains, or null when reported speech only
 * @param sentence  the verbatim sentence (or sentences) carrying it
 * @param start     offset of the sentence in the article text as read
 * @param end       offset just after the sentence
 */
public record Position(List<Actor> holders, Stance stance, List<String> about, String statement,
        @Nullable String quote, String sentence, int start, int end) {

    public Position {
        Objects.requireNonNull(stance, "stance");
        Objects.requireNonNull(statement, "statement");
        holders = List.copyOf(holders);
        about = List.copyOf(about);
        if (holders.isEmpty()) {
            throw new IllegalArgumentException("a position needs a holder: " + sentence);
        }
        Evidence.check(sentence, start, end);
    }
}
