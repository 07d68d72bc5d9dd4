package dev.briefing.processor;

import dev.briefing.processor.summary.ArticleSummary;
import dev.briefing.reader.Article;

/**
 * Summarises one article: its metadata and the facts it states.
 *
 * <p>Never returns null: an article in which nothing is found gives a summary with empty lists.
 * Implementations are thread-safe, so one instance can serve a multi-threaded step.
 */
@FunctionalInterface
public interface ArticleSummarizer {

    ArticleSummary summarize(Article article);
}
