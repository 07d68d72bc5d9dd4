package dev.briefing.processor.commitment;

import java.util.List;

import dev.briefing.processor.attribution.Attribution;
import dev.briefing.processor.coreference.ArticleReferences;
import dev.briefing.processor.text.ArticleDocument;

/**
 * Finds the policy commitments an article reports: who commits to do what, how firmly, by when, and
 * who stated it. Past and current actions, predictions of non-actors and demands on others are not
 * commitments.
 *
 * <p>Returns them in text order. An empty list means the article reports no commitment of an actor.
 */
public interface CommitmentExtractor {

    List<Pledge> extract(ArticleDocument document, ArticleReferences references, List<Attribution> attributions);
}
