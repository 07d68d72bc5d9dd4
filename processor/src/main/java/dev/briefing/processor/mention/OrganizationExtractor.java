package dev.briefing.processor.mention;

import java.util.List;

import dev.briefing.processor.text.ArticleDocument;

/**
 * Finds where an article names organisations (NATO, the EU, a party, a ministry) by name or alias.
 *
 * <p>Returns {@link MentionKind#ORGANIZATION} mentions in text order, keyed by canonical name. An
 * empty list means the article names no organisation this extractor recognises.
 */
public interface OrganizationExtractor {

    List<Mention> extract(ArticleDocument document);

    /**
     * The organisations a common noun refers back to ("alliance": NATO), in the reference data's
     * order; empty when the noun names none.
     */
    List<String> calledBy(String noun);
}
