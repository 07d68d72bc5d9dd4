package dev.briefing.reader;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;

/**
 * Reads HTML articles and saved web pages ({@code .html}, {@code .htm}) with jsoup, keeping only
 * the article: scripts, styles, navigation, headers, footers, forms, asides and comment sections
 * are dropped.
 *
 * <p>The text starts with the headline on its own line, then one paragraph per block, separated by
 * blank lines, so that the processor sees the same shape as a plain-text article.
 */
public class HtmlArticleDecoder implements ArticleDecoder {

    private static final String FURNITURE = "script, style, noscript, template, svg, iframe, nav, header, footer, "
            + "aside, form, button, input, select, figure figcaption, [role=navigation], [role=banner], "
            + "[role=contentinfo], [aria-hidden=true], [hidden], .comments, #comments, .comment, .share, .social, "
            + ".related, .newsletter, .advert, .ad, .cookie";

    private static final String BLOCKS = "h1, h2, h3, h4, p, li, blockquote, pre, td";

    @Override
    public String mediaType() {
        return "text/html";
    }

    @Override
    public String decode(String fileName, byte[] bytes) {
        BinaryContent.kindOf(bytes).ifPresent(kind -> {
            throw new ArticleReadException(fileName, "binary content (" + kind + "), not HTML");
        });
        Document page = parse(fileName, bytes);
        String headline = headline(page);
        page.select(FURNITURE).remove();
        Element main = mainElement(page);
        StringBuilder text = new StringBuilder();
        if (!headline.isEmpty()) {
            text.append(headline).append("\n\n");
        }
        for (Element block : blocks(main)) {
            String line = block.text().strip();
            if (!line.isEmpty() && !line.equals(headline)) {
                text.append(line).append("\n\n");
            }
        }
        String result = text.toString().strip();
        if (result.isEmpty() || result.equals(headline)) {
            throw new ArticleReadException(fileName, "no article text in the HTML page");
        }
        return result;
    }

    private static Document parse(String fileName, byte[] bytes) {
        try {
            return Jsoup.parse(new ByteArrayInputStream(bytes), null, "");
        }
        catch (IOException ex) {
            throw new UncheckedIOException(fileName + ": cannot parse HTML", ex);
        }
    }

    private static String headline(Document page) {
        Element ogTitle = page.selectFirst("meta[property=og:title]");
        if (ogTitle != null && !ogTitle.attr("content").isBlank()) {
            return ogTitle.attr("content").strip();
        }
        Element h1 = page.selectFirst("article h1, main h1, h1");
        if (h1 != null && !h1.text().isBlank()) {
            return h1.text().strip();
        }
        return page.title().strip();
    }

    private static Element mainElement(Document page) {
        for (String candidate : List.of("article", "main", "[role=main]", "#content", ".article-body")) {
            Element element = page.selectFirst(candidate);
            if (element != null && !element.text().isBlank()) {
                return element;
            }
        }
        return page.body();
    }

    /** Innermost text blocks, so a paragraph inside a list item is not repeated. */
    private static Elements blocks(Element main) {
        Elements blocks = main.select(BLOCKS);
        blocks.removeIf(block -> block.select(BLOCKS).size() > 1 && block.ownText().isBlank());
        if (blocks.isEmpty()) {
            blocks.add(main);
        }
        return blocks;
    }
}
