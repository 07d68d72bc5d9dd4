package dev.briefing.processor.story;

import java.util.List;
import java.util.Objects;

import dev.briefing.processor.summary.Position;

/**
 * A position as the story reports it: the most representative article's wording, every article
 * that reports it with its own sentence.
 *
 * @param position the position as the first source reports it
 * @param sources  the articles reporting it, first source first; two outlets corroborate it
 * @param isNew    whether no earlier completed run reported it
 */
public record CorroboratedPosition(Position position, List<Source> sources, boolean isNew) {

    public CorroboratedPosition {
        Objects.requireNonNull(position, "position");
        sources = List.copyOf(sources);
        if (sources.isEmpty()) {
            throw new IllegalArgumentException("a fact needs a source: " + position.sentence());
        }
    }

    /** Whether two or more outlets (or articles of no known outlet) report it. */
    public boolean corroborated() {
        return Corroboration.of(sources);
    }
}
