package dev.briefing.processor.text;

import java.util.List;

/**
 * A sentence of an article's body (or several, when a quotation runs over more than one) with its
 * tokens.
 *
 * @param index     position among the body's sentences
 * @param paragraph index of the paragraph it belongs to
 * @param start     offset of its first character in the article text as read
 * @param end       offset just after its last character
 * @param tokens    its tokens, offsets in the article text as read
 */
public record Sentence(int index, int paragraph, int start, int end, List<Token> tokens) {

    public Sentence {
        tokens = List.copyOf(tokens);
    }

    /** The sentence's verbatim text. */
    public String text(String articleText) {
        return articleText.substring(start, end);
    }

    public Token token(int i) {
        return tokens.get(i);
    }

    public int size() {
        return tokens.size();
    }

    /** Index of the first token at or after the given text offset, or {@link #size()}. */
    public int tokenAt(int offset) {
        for (int i = 0; i < tokens.size(); i++) {
            if (tokens.get(i).start() >= offset) {
                return i;
            }
        }
        return tokens.size();
    }
}
