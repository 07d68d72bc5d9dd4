package dev.briefing.processor;

import java.util.List;

import dev.briefing.processor.text.ArticleDocument;

/**
 * Finds where an article names organisations (NATO, the EU, a party), by name, alias or a resolved
 * reference ("the alliance" after NATO).
 *
 * <p>Returns the mentions in text order, {@link Mention#id()} the organisation's canonical name. An
 * empty list means the article body names no organisation this extractor knows.
 */
public interface OrganizationExtractor {

    List<Mention> extract(ArticleDocument document);
}
