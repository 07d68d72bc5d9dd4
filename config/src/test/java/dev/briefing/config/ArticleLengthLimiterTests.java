package dev.briefing.config;

import static org.assertj.core.api.Assertions.assertThat;

import dev.briefing.reader.Article;
import org.junit.jupiter.api.Test;

/** What one article may bring into the extraction. */
class ArticleLengthLimiterTests {

    private final ArticleLengthLimiter limiter = new ArticleLengthLimiter(1000);

    @Test
    void anArticleWithinTheBoundIsLeftWhole() {
        Article article = article("Ministers met in Lima.\n\nThey agreed.");

        assertThat(limiter.process(article)).isSameAs(article);
    }

    @Test
    void aLongerArticleIsCutAtItsLastParagraphWithinTheBound() {
        String paragraph = "Ministers met in Lima on Monday and agreed to meet again. ".repeat(5) + "\n\n";
        Article article = article(paragraph.repeat(100));

        Article limited = limiter.process(article);

        assertThat(limited.text()).hasSizeLessThanOrEqualTo(1000).endsWith("meet again. ");
        assertThat(limited.text()).isEqualTo(article.text().substring(0, limited.text().length()));
        assertThat(limited.sha256()).isEqualTo(article.sha256());
    }

    @Test
    void textWithoutBreaksIsCutAtTheBound() {
        assertThat(limiter.process(article("x".repeat(5000))).text()).hasSize(1000);
    }

    private static Article article(String text) {
        return new Article("a", "a.txt", "0".repeat(64), text, "text/plain");
    }
}
