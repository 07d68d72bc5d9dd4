package dev.briefing.processor.attribution;

import java.util.List;

import dev.briefing.processor.coreference.ArticleReferences;
import dev.briefing.processor.text.ArticleDocument;

/**
 * Finds what an article attributes to whom: reported speech, quotations, stated beliefs, fears and
 * wishes, and speech acts, each with its source resolved.
 *
 * <p>Returns them in text order. An empty list means the article attributes nothing to anyone it
 * names or describes.
 */
public interface AttributionExtractor {

    List<Attribution> extract(ArticleDocument document, ArticleReferences references);
}
