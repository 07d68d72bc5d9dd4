package dev.briefing.processor;

import java.util.List;

import dev.briefing.processor.text.ArticleDocument;

/**
 * Finds where an article names countries: by name or alias, by demonym, by capital standing for the
 * government, or by a resolved reference ("the country").
 *
 * <p>Returns the mentions in text order, {@link Mention#id()} the alpha-2 code. An empty list means
 * the article body names no country.
 */
public interface CountryExtractor {

    List<Mention> extract(ArticleDocument document);
}
