package dev.briefing.processor;

import java.util.ArrayList;
import java.util.List;

import dev.briefing.processor.attribution.Attribution;
import dev.briefing.processor.commitment.Pledge;
import dev.briefing.processor.coreference.ArticleReferences;
import dev.briefing.processor.mention.ArticleMentions;
import dev.briefing.processor.mention.Mention;
import dev.briefing.processor.mention.MentionKind;
import dev.briefing.processor.summary.Position;
import dev.briefing.processor.text.ArticleDocument;

/**
 * A text analysed by the standard layers, each layer's result kept, for tests of one layer over
 * the real layers below it.
 *
 * @param document     the text layer's document
 * @param mentions     the mention layer's mentions
 * @param references   the reference layer's resolutions
 * @param attributions the attribution layer's attributions
 * @param pledges      the commitment layer's commitments
 * @param positions    the position layer's positions
 */
public record Analysis(ArticleDocument document, ArticleMentions mentions, ArticleReferences references,
        List<Attribution> attributions, List<Pledge> pledges, List<Position> positions) {

    private static final ExtractingArticleSummarizer.Layers LAYERS = ExtractingArticleSummarizer.standardLayers();

    /** The layers standing behind the analysis, for a test of one of them. */
    public static ExtractingArticleSummarizer.Layers layers() {
        return LAYERS;
    }

    public static ArticleDocument document(String text) {
        return LAYERS.analyzer().analyze(text, LAYERS.metadata().extract(text));
    }

    public static Analysis of(String text) {
        ArticleDocument document = document(text);
        List<Mention> countries = LAYERS.countries().extract(document);
        List<Mention> organizations = LAYERS.organizations().extract(document);
        List<Mention> named = new ArrayList<>(countries);
        named.addAll(organizations);
        named.addAll(LAYERS.people().extract(document, countries, organizations));
        named.addAll(LAYERS.sources().extract(document, new ArticleMentions(named)));
        ArticleMentions mentions = new ArticleMentions(named);
        ArticleReferences references = LAYERS.references().resolve(document, mentions);
        List<Attribution> attributions = LAYERS.attributions().extract(document, references);
        List<Pledge> pledges = LAYERS.commitments().extract(document, references, attributions);
        List<Position> positions = LAYERS.positions().extract(document, references, attributions,
                pledges.stream().map(Pledge::cue).toList());
        return new Analysis(document, mentions, references, attributions, pledges, positions);
    }

    public static Analysis fixture(String name) {
        return of(Fixtures.text(name));
    }

    /** The mentions of a kind, in text order. */
    public List<Mention> mentions(MentionKind kind) {
        return mentions.of(kind);
    }

    /** What an attribution's content says, its spans joined. */
    public String content(Attribution attribution) {
        return dev.briefing.processor.position.AttributionPositionExtractor.statement(document, attribution.content());
    }
}
