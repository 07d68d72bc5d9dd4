package dev.briefing.processor.text;

/**
 * A quotation of an article: from its opening mark to its closing mark, possibly over several
 * sentences of a paragraph. An unclosed quotation runs to the end of its paragraph.
 *
 * @param firstSentence index of the sentence holding the opening mark
 * @param open          index of the opening mark in that sentence
 * @param lastSentence  index of the sentence holding the closing mark (or the paragraph's last)
 * @param close         index of the closing mark in that sentence, or the sentence's size when unclosed
 * @param closed        whether a closing mark ends it
 */
public record Quotation(int firstSentence, int open, int lastSentence, int close, boolean closed) {

    public Quotation {
        if (lastSentence < firstSentence || lastSentence == firstSentence && close <= open) {
            throw new IllegalArgumentException("bad quotation %d:%d..%d:%d".formatted(firstSentence, open,
                    lastSentence, close));
        }
    }

    /** Whether token {@code token} of sentence {@code sentence} lies inside the marks. */
    public boolean contains(int sentence, int token) {
        if (sentence < firstSentence || sentence > lastSentence) {
            return false;
        }
        boolean afterOpen = sentence > firstSentence || token > open;
        boolean beforeClose = sentence < lastSentence || token < close;
        return afterOpen && beforeClose;
    }

    public boolean spansSentences() {
        return lastSentence > firstSentence;
    }
}
