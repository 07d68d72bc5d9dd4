package dev.briefing.processor;

import java.util.List;

import dev.briefing.processor.summary.Commitment;
import dev.briefing.processor.text.ArticleDocument;

/**
 * Finds the policy commitments an article reports: who commits to do what, how firmly, by when, and
 * who announced it. Past actions ("imposed sanctions") are not commitments.
 *
 * <p>Returns them in text order. An empty list means the article reports no commitment of an actor
 * it names.
 */
public interface CommitmentExtractor {

    List<Commitment> extract(ArticleDocument document, ArticleEntities entities);
}
