package dev.briefing.processor.text;

/**
 * A stretch of the article text as read.
 *
 * @param start offset of its first character
 * @param end   offset just after its last character
 */
public record TextSpan(int start, int end) {

    public TextSpan {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad span [%d, %d)".formatted(start, end));
        }
    }
}
