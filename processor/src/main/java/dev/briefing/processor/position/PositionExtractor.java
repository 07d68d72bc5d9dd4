package dev.briefing.processor.position;

import java.util.List;

import dev.briefing.processor.attribution.Attribution;
import dev.briefing.processor.attribution.TokenSpan;
import dev.briefing.processor.coreference.ArticleReferences;
import dev.briefing.processor.summary.Position;
import dev.briefing.processor.text.ArticleDocument;

/**
 * Turns what an article attributes into stated positions: holders, stance, the countries they are
 * about and what was said, each with the sentences that carry it; and, in an editorial, the outlet's
 * own judgements.
 *
 * <p>Returns them in text order. An empty list means the article states no position of anyone.
 */
public interface PositionExtractor {

    /**
     * @param committed where the article's commitments commit ("will", "pledged to"): a neutral
     *                  statement that only reports one of them is that commitment, not a position
     */
    List<Position> extract(ArticleDocument document, ArticleReferences references, List<Attribution> attributions,
            List<TokenSpan> committed);
}
