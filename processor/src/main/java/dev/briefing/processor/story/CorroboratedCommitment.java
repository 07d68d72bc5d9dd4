package dev.briefing.processor.story;

import java.util.List;
import java.util.Objects;

import dev.briefing.processor.summary.Commitment;

/**
 * A commitment as the story reports it: the most representative article's wording, every article
 * that reports it with its own sentence.
 *
 * @param commitment the commitment as the first source reports it
 * @param sources    the articles reporting it, first source first; two outlets corroborate it
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

    /** Whether two or more outlets (or articles of no known outlet) report it. */
    public boolean corroborated() {
        return Corroboration.of(sources);
    }
}
