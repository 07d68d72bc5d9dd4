package dev.briefing.processor.story;

import java.util.List;
import java.util.Objects;

import dev.briefing.processor.summary.Commitment;

/**
 * A commitment as the story reports it: the first article's wording, every article that reports it.
 *
 * @param commitment the commitment as first reported
 * @param sources    the articles reporting it, first reporter first; two or more corroborate it
 * @param isNew      whether no earlier completed run reported it
 */
public record CorroboratedCommitment(Commitment commitment, List<Source> sources, boolean isNew) {

    public CorroboratedCommitment {
        Objects.requireNonNull(commitment, "commitment");
        sources = List.copyOf(sources);
        if (sources.isEmpty()) {
            throw new IllegalArgumentException("a fact needs a source: " + commitment.sentence());
        }
    }
}
