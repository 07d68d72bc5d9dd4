package dev.briefing.processor.text;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads base noun phrases and verb groups from a sentence's part-of-speech tags, as a regular
 * grammar over tags (the chunking of Abney 1991 and CoNLL-2000, without a trained model):
 * <ul>
 * <li>a noun phrase is an optional determiner or possessive pronoun, modifiers (adjectives, nouns,
 * proper nouns, numbers, hyphens between them) and a nominal head; a possessive "'s" chains two into
 * one ("Japan's prime minister"); a personal pronoun is a noun phrase by itself;</li>
 * <li>a verb group is auxiliaries, negation and adverbs ending in a verb or auxiliary ("has not
 * yet said", "will consider").</li>
 * </ul>
 * Stateless and thread-safe.
 */
public final class Chunker {

    public List<Chunk> chunks(List<Token> tokens) {
        List<Chunk> chunks = new ArrayList<>();
        int i = 0;
        while (i < tokens.size()) {
            int end = nounPhraseEnd(tokens, i);
            if (end > i) {
                chunks.add(new Chunk(Chunk.Kind.NOUN_PHRASE, i, end, head(tokens, i, end)));
                i = end;
                continue;
            }
            end = verbGroupEnd(tokens, i);
            if (end > i) {
                chunks.add(new Chunk(Chunk.Kind.VERB_GROUP, i, end, end - 1));
                i = end;
                continue;
            }
            i++;
        }
        return chunks;
    }

    /** The end of the noun phrase starting at {@code start}, or {@code start} when none starts there. */
    private static int nounPhraseEnd(List<Token> tokens, int start) {
        Token first = tokens.get(start);
        if (first.is(Pos.PRON)) {
            return possessivePronoun(first) ? modifiersEnd(tokens, start + 1, start + 1) : start + 1;
        }
        int k = start;
        if (first.is(Pos.DET)) {
            k++;
        }
        return modifiersEnd(tokens, k, start);
    }

    /** After a determiner: modifiers and a nominal head; {@code none} when no head follows. */
    private static int modifiersEnd(List<Token> tokens, int from, int none) {
        int lastHead = -1;
        int k = from;
        while (k < tokens.size()) {
            Token token = tokens.get(k);
            if (token.pos().nominal() && !token.is(Pos.PRON) || token.is(Pos.ADJ)) {
                if (token.pos().nominal()) {
                    lastHead = k;
                }
                k++;
            }
            else if (token.is(Pos.ADV) && lastHead != k - 1 && k + 1 < tokens.size() && tokens.get(k + 1).is(Pos.ADJ)) {
                k++;
            }
            else if (isPossessive(token) && lastHead == k - 1) {
                k++;
            }
            else if (isJoiner(token) && lastHead == k - 1 && k + 1 < tokens.size()
                    && tokens.get(k + 1).pos().nominal() && !tokens.get(k + 1).is(Pos.PRON)) {
                k++;
            }
            else if (token.lower().equals("and") && k > from && commonModifier(tokens.get(k - 1)) && k + 2 < tokens.size()
                    && commonModifier(tokens.get(k + 1)) && commonModifier(tokens.get(k + 2))) {
                k++;
            }
            else {
                break;
            }
        }
        return lastHead < 0 ? none : lastHead + 1;
    }

    private static int head(List<Token> tokens, int from, int to) {
        for (int k = to - 1; k > from; k--) {
            if (tokens.get(k).pos().nominal()) {
                return k;
            }
        }
        return from;
    }

    /** The end of the verb group starting at {@code start}, or {@code start}. */
    private static int verbGroupEnd(List<Token> tokens, int start) {
        int lastVerb = -1;
        int k = start;
        while (k < tokens.size()) {
            Token token = tokens.get(k);
            if (token.pos().verbal()) {
                lastVerb = k;
                k++;
            }
            else if ((token.is(Pos.ADV) || isNegation(token)) && k + 1 < tokens.size()) {
                k++;
            }
            else {
                break;
            }
        }
        return lastVerb < 0 ? start : lastVerb + 1;
    }

    /** "defence and security strategy": lower-case nouns and adjectives coordinated before their head. */
    private static boolean commonModifier(Token token) {
        return (token.is(Pos.NOUN) || token.is(Pos.ADJ)) && !token.capitalized();
    }

    /** A personal pronoun, subject or object ("he", "them"); other capitalised "pronouns" are misread names. */
    public static boolean personalPronoun(Token token) {
        return token.isAny("i", "you", "he", "she", "it", "we", "they", "me", "him", "her", "us", "them");
    }

    public static boolean possessivePronoun(Token token) {
        return token.isAny("his", "her", "its", "their", "our", "my", "your");
    }

    static boolean isPossessive(Token token) {
        return token.is(Pos.PART) && (token.lower().equals("'s") || token.lower().equals("'"));
    }

    static boolean isNegation(Token token) {
        return token.is(Pos.PART) && token.isAny("not", "n't", "never");
    }

    private static boolean isJoiner(Token token) {
        return token.lower().equals("-") || token.lower().equals("&");
    }
}
