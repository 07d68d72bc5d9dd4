package dev.briefing.processor.summary;

import java.util.List;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

/**
 * A policy commitment: who commits to do what, how firmly, by when, and where the article says so.
 *
 * @param actors    who commits
 * @param statedBy  who announced it, or null when the actor speaks for itself in the text
 * @param action    what is committed to, self-contained: references such as "the alliance" resolved
 * @param strength  how firmly
 * @param timeframe by when, as the text gives it ("by fiscal 2027"), or null
 * @param timeframeDate the timeframe as an ISO date ("2024-01-01"), month ("2024-03") or year
 *                  ("2027") where it can be read as one, relative ones from the article's date; or null
 * @param sentence  the verbatim sentence (or sentences) carrying it
 * @param start     offset of the sentence in the article text as read
 * @param end       offset just after the sentence
 */
public record Commitment(List<Actor> actors, @Nullable Actor statedBy, String action, Strength strength,
        @Nullable String timeframe, @Nullable String timeframeDate, String sentence, int start, int end) {

    public Commitment {
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(strength, "strength");
        actors = List.copyOf(actors);
        if (actors.isEmpty()) {
            throw new IllegalArgumentException("a commitment needs an actor: " + sentence);
        }
        if (action.isBlank()) {
            throw new IllegalArgumentException("a commitment needs an action: " + sentence);
        }
        Evidence.check(sentence, start, end);
    }

    /** A commitment whose timeframe is not read as a date. */
    public Commitment(List<Actor> actors, @Nullable Actor statedBy, String action, Strength strength,
            @Nullable String timeframe, String sentence, int start, int end) {
        this(actors, statedBy, action, strength, timeframe, null, sentence, start, end);
    }
}
