package dev.briefing.processor.attribution;

import dev.briefing.processor.reference.Lexicons;
import dev.briefing.processor.summary.Stance;

/**
 * The words of a sentence that attribute: what kind of cue they are, where they stand and what
 * stance they carry.
 *
 * @param kind    how the cue attributes
 * @param from    first token of the cue (of its verb group's first auxiliary, for a verb)
 * @param head    the cue's head: the reporting verb, the adjective, the noun
 * @param to      token after the cue (after its particle: "called for")
 * @param stance  the stance the cue carries, {@link Stance#STATEMENT} when it has none
 * @param frame   for a verb, whether it may follow what it reports
 * @param negated whether its verb group is negated ("did not welcome")
 */
record Cue(Kind kind, int from, int head, int to, Stance stance, Lexicons.Frame frame, boolean negated) {

    enum Kind {
        /** "said", "warned that", "condemned", "called for". */
        VERB,
        /** "is concerned that", "was confident". */
        ATTITUDE,
        /** "expressed concern over", "voiced support for". */
        EXPRESSION,
        /** "according to X". */
        ACCORDING,
        /** "X's call for", "X's warning that". */
        NOUN,
        /** "X: 'content'" in a headline or lede. */
        COLON,
        /** "C was criticised by X": a passive cue whose agent is the source and subject the content. */
        PASSIVE
    }
}
