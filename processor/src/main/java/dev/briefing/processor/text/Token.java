package dev.briefing.processor.text;

/**
 * A word or punctuation mark with its offsets in the article text as read.
 *
 * @param text  the token as written
 * @param start offset of its first character
 * @param end   offset just after its last character
 */
public record Token(String text, int start, int end) {

    /** True when the token starts with an upper-case letter. */
    public boolean capitalized() {
        return !text.isEmpty() && Character.isUpperCase(text.charAt(0));
    }

    /** True when the token is a word (starts with a letter or digit). */
    public boolean word() {
        return !text.isEmpty() && Character.isLetterOrDigit(text.charAt(0));
    }

    /** The token in lower case, for looking up cue words. */
    public String lower() {
        return text.toLowerCase(java.util.Locale.ROOT);
    }
}
