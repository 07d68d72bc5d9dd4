package dev.briefing.processor.text;

import java.util.Locale;
import java.util.Objects;

/**
 * A word or punctuation mark with its offsets in the article text as read.
 *
 * @param text  the token as written
 * @param start offset of its first character
 * @param end   offset just after its last character
 * @param lower the token in lower case, for looking up cue words and phrases: every extractor looks
 *              each token up many times, so it is lower-cased once, when the token is made
 */
public record Token(String text, int start, int end, String lower) {

    public Token {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(lower, "lower");
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("Token '" + text + "' has bad offsets " + start + ".." + end);
        }
    }

    /** A token of the text between the offsets, with its lower case form derived from it. */
    public Token(String text, int start, int end) {
        this(text, start, end, text.toLowerCase(Locale.ROOT));
    }

    /** True when the token starts with an upper-case letter. */
    public boolean capitalized() {
        return !text.isEmpty() && Character.isUpperCase(text.charAt(0));
    }

    /** True when the token is a word (starts with a letter or digit). */
    public boolean word() {
        return !text.isEmpty() && Character.isLetterOrDigit(text.charAt(0));
    }
}
