package dev.briefing.reader;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class HtmlArticleDecoderTests {

    private final HtmlArticleDecoder decoder = new HtmlArticleDecoder();

    @Test
    void keepsHeadlineAndArticleParagraphsOnly() {
        String text = decoder.decode("saved-web-page.html", Fixtures.bytes("saved-web-page.html"));

        assertThat(text).isEqualTo("""
                Ministers agree on aid

                BRUSSELS: Ministers agreed on Monday to send aid to Ukraine, officials said.

                The package will be reviewed next spring.""");
    }

    @Test
    void dropsScriptsNavigationCommentsAndFooters() {
        String text = decoder.decode("saved-web-page.html", Fixtures.bytes("saved-web-page.html"));

        assertThat(text).doesNotContain("tracking", "World news", "Germany", "Brazil", "Copyright", "Canada", "color");
    }

    @Test
    void refusesPageWithoutArticleText() {
        assertThatThrownBy(() -> decoder.decode("html-without-text.html", Fixtures.bytes("html-without-text.html")))
                .isInstanceOf(ArticleReadException.class)
                .hasMessage("html-without-text.html: no article text in the HTML page");
    }

    @Test
    void refusesBinaryContentNamedHtml() {
        assertThatThrownBy(() -> decoder.decode("photo.html", Fixtures.bytes("png-image-named-txt.txt")))
                .isInstanceOf(ArticleReadException.class)
                .hasMessage("photo.html: binary content (PNG image), not HTML");
    }
}
