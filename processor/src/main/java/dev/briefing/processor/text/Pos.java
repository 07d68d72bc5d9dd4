package dev.briefing.processor.text;

import java.util.Locale;

/**
 * A universal part-of-speech tag (Universal Dependencies UPOS), as OpenNLP's UD English-EWT model
 * assigns them, or {@link #NONE} for a token of a sentence that was not tagged.
 */
public enum Pos {
    ADJ, ADP, ADV, AUX, CCONJ, DET, INTJ, NOUN, NUM, PART, PRON, PROPN, PUNCT, SCONJ, SYM, VERB, X,

    /** The token's sentence was not tagged: no later layer reads it for grammar. */
    NONE;

    /** The tag of an OpenNLP UPOS label ("NOUN"), {@link #X} for a label outside the set. */
    public static Pos of(String label) {
        try {
            return valueOf(label.toUpperCase(Locale.ROOT));
        }
        catch (IllegalArgumentException ex) {
            return X;
        }
    }

    /** Nouns, proper nouns, pronouns and numbers: what heads a noun phrase. */
    public boolean nominal() {
        return this == NOUN || this == PROPN || this == PRON || this == NUM;
    }

    /** The closed word classes: adpositions, auxiliaries, coordinators, determiners, particles, pronouns, subordinators. */
    public boolean closedClass() {
        return this == ADP || this == AUX || this == CCONJ || this == DET || this == PART || this == PRON
                || this == SCONJ;
    }

    /** A verb or an auxiliary. */
    public boolean verbal() {
        return this == VERB || this == AUX;
    }
}
