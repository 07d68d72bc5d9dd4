package dev.briefing.processor.commitment;

import java.util.Objects;

import dev.briefing.processor.attribution.TokenSpan;
import dev.briefing.processor.summary.Commitment;

/**
 * A commitment with the words that commit ("will", "pledged to"), for the layers after this one: a
 * neutral statement that only reports a commitment is the commitment, not also a position.
 *
 * @param commitment the commitment as the summary reports it
 * @param cue        the committing words, from the verb group's start to the action's first token
 */
public record Pledge(Commitment commitment, TokenSpan cue) {

    public Pledge {
        Objects.requireNonNull(commitment, "commitment");
        Objects.requireNonNull(cue, "cue");
    }
}
