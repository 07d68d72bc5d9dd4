package dev.briefing.config;

import dev.briefing.reader.Article;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.infrastructure.item.ItemProcessor;

/**
 * Bounds what one article may cost: its text is summarised up to a number of characters
 * ({@code briefing.max-article-chars}), cut at the last paragraph or sentence end before it, and the
 * rest is left out, saying so in the log. The extraction's memory grows with the text it holds at
 * once (tokens, sentences, the facts and the sentences they quote), so without a bound one 9 MB
 * article under the file size limit ran a 160 MB heap out of memory; with it, the heap a run needs
 * holds for every input under the limit. A bound far above a news article's length leaves real
 * articles whole.
 */
public class ArticleLengthLimiter implements ItemProcessor<Article, Article> {

    private static final Logger log = LoggerFactory.getLogger(ArticleLengthLimiter.class);

    private final int maxChars;

    public ArticleLengthLimiter(int maxChars) {
        if (maxChars < 1) {
            throw new IllegalArgumentException("maxChars must be positive: " + maxChars);
        }
        this.maxChars = maxChars;
    }

    @Override
    public Article process(Article article) {
        String text = article.text();
        if (text.length() <= maxChars) {
            return article;
        }
        int cut = cut(text);
        log.warn("{}: {} characters, over briefing.max-article-chars; only the first {} are summarised",
                article.fileName(), "%,d".formatted(text.length()), "%,d".formatted(cut));
        return new Article(article.id(), article.fileName(), article.sha256(), text.substring(0, cut),
                article.mediaType(), article.duplicateOf());
    }

    /** Where to cut: after the last paragraph break, or else sentence end, in the second half of the bound. */
    private int cut(String text) {
        int paragraph = text.lastIndexOf("\n\n", maxChars);
        if (paragraph > maxChars / 2) {
            return paragraph;
        }
        int sentence = text.lastIndexOf(". ", maxChars - 1);
        return sentence > maxChars / 2 ? sentence + 1 : maxChars;
    }
}
