package dev.briefing.processor.attribution;

/**
 * Tokens {@code [from, to)} of one sentence.
 *
 * @param sentence index of the sentence
 * @param from     index of the first token
 * @param to       index just after the last token
 */
public record TokenSpan(int sentence, int from, int to) {

    public TokenSpan {
        if (from < 0 || to < from) {
            throw new IllegalArgumentException("bad span %d:[%d, %d)".formatted(sentence, from, to));
        }
    }

    public boolean isEmpty() {
        return to == from;
    }

    public boolean contains(int atSentence, int token) {
        return sentence == atSentence && token >= from && token < to;
    }
}
