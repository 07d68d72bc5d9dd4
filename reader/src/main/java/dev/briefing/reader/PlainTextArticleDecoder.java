package dev.briefing.reader;

/**
 * Reads plain-text articles ({@code .txt}): UTF-8, UTF-16/32 with a byte order mark, or
 * Windows-1252, as {@link TextCharsetDecoder} recognises them.
 */
public class PlainTextArticleDecoder implements ArticleDecoder {

    @Override
    public String mediaType() {
        return "text/plain";
    }

    @Override
    public String decode(String fileName, byte[] bytes) {
        String text = TextCharsetDecoder.decode(fileName, bytes);
        if (text.isBlank()) {
            throw new ArticleReadException(fileName, "no text (only white space)");
        }
        return text;
    }
}
