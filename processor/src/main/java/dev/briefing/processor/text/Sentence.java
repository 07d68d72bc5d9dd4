package dev.briefing.processor.text;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A sentence of an article's body with its tokens and, when it was tagged, its base chunks.
 *
 * @param index     position among the body's sentences
 * @param paragraph index of the paragraph it belongs to
 * @param start     offset of its first character in the article text as read
 * @param end       offset just after its last character
 * @param tokens    its tokens, offsets in the article text as read
 * @param chunks    its noun phrases and verb groups in text order; empty when it was not tagged
 */
public record Sentence(int index, int paragraph, int start, int end, List<Token> tokens, List<Chunk> chunks) {

    public Sentence {
        tokens = List.copyOf(tokens);
        chunks = List.copyOf(chunks);
    }

    /** An untagged sentence. */
    public Sentence(int index, int paragraph, int start, int end, List<Token> tokens) {
        this(index, paragraph, start, end, tokens, List.of());
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

    /** Whether a negation ({@link Token#negation()}) stands among tokens {@code [from, to)}. */
    public boolean negatedBetween(int from, int to) {
        for (int j = from; j < to; j++) {
            if (tokens.get(j).negation()) {
                return true;
            }
        }
        return false;
    }

    /** Whether the part-of-speech tagger read this sentence. */
    public boolean tagged() {
        return !tokens.isEmpty() && tokens.getFirst().pos() != Pos.NONE;
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

    /** The chunk of the given kind that covers the token, or null. */
    public @Nullable Chunk chunkAt(int token, Chunk.Kind kind) {
        for (Chunk chunk : chunks) {
            if (chunk.kind() == kind && chunk.contains(token)) {
                return chunk;
            }
            if (chunk.from() > token) {
                break;
            }
        }
        return null;
    }

    /** The noun phrase that ends just before token {@code end}, or null. */
    public @Nullable Chunk nounPhraseEndingAt(int end) {
        for (Chunk chunk : chunks) {
            if (chunk.kind() == Chunk.Kind.NOUN_PHRASE && chunk.to() == end) {
                return chunk;
            }
            if (chunk.from() >= end) {
                break;
            }
        }
        return null;
    }

    /** The noun phrase that starts at token {@code start}, or null. */
    public @Nullable Chunk nounPhraseStartingAt(int start) {
        for (Chunk chunk : chunks) {
            if (chunk.kind() == Chunk.Kind.NOUN_PHRASE && chunk.from() == start) {
                return chunk;
            }
            if (chunk.from() > start) {
                break;
            }
        }
        return null;
    }
}
