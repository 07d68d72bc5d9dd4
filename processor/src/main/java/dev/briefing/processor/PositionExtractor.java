package dev.briefing.processor;

import java.util.List;

import dev.briefing.processor.summary.Commitment;
import dev.briefing.processor.summary.Position;
import dev.briefing.processor.text.ArticleDocument;

/**
 * Finds the stated positions of an article: every statement it attributes to a holder it names
 * (quotes, reported speech, joint statements, "according to"), and in an editorial the outlet's own
 * judgements.
 *
 * <p>Returns them in text order. An empty list means the article attributes no stance to anyone it
 * names (and, for an editorial, judges nothing in its own voice).
 */
public interface PositionExtractor {

    /**
     * @param commitments the article's commitments: a statement that reports a pledge is a commitment,
     *                    not also a position
     */
    List<Position> extract(ArticleDocument document, ArticleEntities entities, List<Commitment> commitments);
}
