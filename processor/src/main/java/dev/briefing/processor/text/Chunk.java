package dev.briefing.processor.text;

/**
 * A base phrase of a sentence, read from its part-of-speech tags.
 *
 * @param kind what phrase it is
 * @param from index of its first token in the sentence
 * @param to   index just after its last token
 * @param head index of its head: the last noun of a noun phrase, the main verb of a verb group
 */
public record Chunk(Kind kind, int from, int to, int head) {

    public enum Kind {
        /** "the NATO secretary general", "Japan's prime minister", "they". */
        NOUN_PHRASE,
        /** "has not yet said", "will consider", "warned". */
        VERB_GROUP
    }

    public Chunk {
        if (from < 0 || to <= from || head < from || head >= to) {
            throw new IllegalArgumentException("bad chunk [%d, %d) head %d".formatted(from, to, head));
        }
    }

    public boolean contains(int token) {
        return token >= from && token < to;
    }
}
