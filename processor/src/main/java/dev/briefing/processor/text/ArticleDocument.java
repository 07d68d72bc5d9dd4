package dev.briefing.processor.text;

import java.util.List;

import dev.briefing.processor.ArticleMetadata;

/**
 * An article ready for extraction: the text as read, its metadata, and the sentences of its body,
 * page furniture ("Also read", comment sections, share prompts) and layout lines (byline,
 * dateline, closing attribution) left out.
 *
 * @param text      the article text as read; every offset points into it
 * @param metadata  what the article says about itself
 * @param sentences the body's sentences in text order
 */
public record ArticleDocument(String text, ArticleMetadata metadata, List<Sentence> sentences) {

    public ArticleDocument {
        sentences = List.copyOf(sentences);
    }

    public String text(Sentence sentence) {
        return sentence.text(text);
    }

    public String text(Token from, Token to) {
        return text.substring(from.start(), to.end());
    }
}
