package dev.briefing.processor.text;

import java.util.Locale;
import java.util.Objects;

/**
 * A word or punctuation mark with its offsets in the article text as read, its part of speech and
 * its lemma.
 *
 * @param text  the token as written
 * @param start offset of its first character
 * @param end   offset just after its last character
 * @param lower the token in lower case with straight apostrophes and quotes, for looking up words:
 *              every layer looks each token up many times, so it is made once, with the token
 * @param pos   its part of speech, {@link Pos#NONE} when its sentence was not tagged
 * @param lemma its dictionary form in lower case ("say" for "said"), {@link #lower} when untagged
 */
public record Token(String text, int start, int end, String lower, Pos pos, String lemma) {

    public Token {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(lower, "lower");
        Objects.requireNonNull(pos, "pos");
        Objects.requireNonNull(lemma, "lemma");
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("Token '" + text + "' has bad offsets " + start + ".." + end);
        }
    }

    /** An untagged token of the text between the offsets, its lower-case form derived from it. */
    public Token(String text, int start, int end) {
        this(text, start, end, normalized(text), Pos.NONE, normalized(text));
    }

    /** This token with its part of speech and lemma. */
    public Token tagged(Pos tag, String lemmaOfToken) {
        return new Token(text, start, end, lower, tag, lemmaOfToken);
    }

    /** The look-up form of a word: lower case, curly apostrophes and quotes made straight. */
    public static String normalized(String word) {
        return Characters.straightened(word).toLowerCase(Locale.ROOT);
    }

    /** True when the token starts with an upper-case letter. */
    public boolean capitalized() {
        return !text.isEmpty() && Character.isUpperCase(text.charAt(0));
    }

    /** True when the token is a word (starts with a letter or digit). */
    public boolean word() {
        return !text.isEmpty() && Character.isLetterOrDigit(text.charAt(0));
    }

    /**
     * True when the token is a verb in its past form or past participle ("battled", "needed", "had"):
     * a form other than its lemma, its "-ing" form and its third person ("needs", "has").
     */
    public boolean pastForm() {
        return pos.verbal() && !lemma.equals(lower) && !lower.endsWith("ing") && !lower.endsWith("s");
    }

    public boolean is(Pos tag) {
        return pos == tag;
    }

    /** True when the token negates its verb group: "not", "n't", "never". */
    public boolean negation() {
        return isAny("not", "n't", "never");
    }

    /** True when the token is any of the given words (in {@link #lower} form). */
    public boolean isAny(String... words) {
        for (String word : words) {
            if (lower.equals(word)) {
                return true;
            }
        }
        return false;
    }

    /** True when the token is a quotation mark, straight or curly, double or single, or two apostrophes (''). */
    public boolean quote() {
        return text.length() == 1 && Characters.isQuote(text.charAt(0)) || doubledApostrophe();
    }

    /** Two apostrophes standing for a double quotation mark, as typewritten text writes it. */
    public boolean doubledApostrophe() {
        return lower.equals("''") || text.equals("``");
    }
}
