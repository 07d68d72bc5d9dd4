package dev.briefing.processor.story;

import java.util.List;
import java.util.Objects;

import dev.briefing.processor.summary.Position;

/**
 * A position as the story reports it: the first article's wording, every article that reports it.
 *
 * @param position the position as first reported
 * @param sources  the articles reporting it, first reporter first; two or more corroborate it
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
}
