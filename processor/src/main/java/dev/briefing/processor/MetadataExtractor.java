package dev.briefing.processor;

/**
 * Finds what an article says about itself.
 *
 * <p>A field the article does not give is null in the result; the kind defaults to news.
 */
public interface MetadataExtractor {

    ArticleMetadata extract(String text);
}
