package dev.briefing.processor.attribution;

import java.util.List;
import java.util.Objects;

import dev.briefing.processor.coreference.Entity;
import dev.briefing.processor.summary.Stance;

/**
 * A statement, belief or speech act the article attributes to someone: who (the source, resolved
 * to its entities), the words that attribute it (the cue), and what is attributed (the content).
 *
 * @param holders  who holds it: the source's entities (several for "Kishida and Stoltenberg")
 * @param source   the words naming the source ("the NATO chief", "he"); empty for a source given
 *                 before ("..., adding that"), for a quotation continued, or an outlet's own voice
 * @param cue      the words that attribute ("said", "according to", "expressed concern")
 * @param content  what is attributed, in text order, over one or more sentences
 * @param stance   the stance of the cue and content
 * @param document whether the source is a document its authors hold ("the joint statement said")
 */
public record Attribution(List<Entity> holders, TokenSpan source, TokenSpan cue, List<TokenSpan> content,
        Stance stance, boolean document) {

    public Attribution {
        holders = List.copyOf(holders);
        content = List.copyOf(content);
        Objects.requireNonNull(stance, "stance");
        if (holders.isEmpty()) {
            throw new IllegalArgumentException("an attribution needs a holder");
        }
        if (content.isEmpty()) {
            throw new IllegalArgumentException("an attribution needs content");
        }
    }

    /** Index of the first sentence that carries the source, cue or content. */
    public int firstSentence() {
        return Math.min(cue.sentence(), content.getFirst().sentence());
    }

    /** Index of the last sentence that carries the source, cue or content. */
    public int lastSentence() {
        return Math.max(cue.sentence(), content.getLast().sentence());
    }
}
