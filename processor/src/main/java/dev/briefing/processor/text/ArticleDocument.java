package dev.briefing.processor.text;

import java.util.List;

import dev.briefing.processor.ArticleMetadata;
import org.jspecify.annotations.Nullable;

/**
 * An article ready for the later layers: the text as read, its metadata, the sentences of its body
 * (page furniture and layout lines left out) with their tokens, tags, lemmas and chunks, and its
 * quotations.
 *
 * @param text       the article text as read; every offset points into it
 * @param metadata   what the article says about itself
 * @param sentences  the body's sentences in text order
 * @param quotations the quotations in text order
 */
public record ArticleDocument(String text, ArticleMetadata metadata, List<Sentence> sentences,
        List<Quotation> quotations) {

    public ArticleDocument {
        sentences = new Tracked(List.copyOf(sentences));
        quotations = List.copyOf(quotations);
    }

    /** The sentences, telling {@link SentenceTracker} which one a layer reads last. */
    private static final class Tracked extends java.util.AbstractList<Sentence> implements java.util.RandomAccess {

        private final List<Sentence> sentences;

        Tracked(List<Sentence> sentences) {
            this.sentences = sentences instanceof Tracked tracked ? tracked.sentences : sentences;
        }

        @Override
        public Sentence get(int index) {
            Sentence sentence = sentences.get(index);
            SentenceTracker.read(sentence);
            return sentence;
        }

        @Override
        public int size() {
            return sentences.size();
        }
    }

    public String text(Sentence sentence) {
        return sentence.text(text);
    }

    public String text(Token from, Token to) {
        return text.substring(from.start(), to.end());
    }

    public Sentence sentence(int index) {
        return sentences.get(index);
    }

    /** The quotation whose marks enclose token {@code token} of sentence {@code sentence}, or null. */
    public @Nullable Quotation quotationAround(int sentence, int token) {
        for (Quotation quotation : quotations) {
            if (quotation.contains(sentence, token)) {
                return quotation;
            }
            if (quotation.firstSentence() > sentence) {
                break;
            }
        }
        return null;
    }

    /** Whether token {@code token} of sentence {@code sentence} lies inside a quotation. */
    public boolean quoted(int sentence, int token) {
        return quotationAround(sentence, token) != null;
    }
}
