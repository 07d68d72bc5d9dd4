package dev.briefing.processor;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import dev.briefing.processor.summary.ArticleSummary;
import dev.briefing.processor.summary.Commitment;
import dev.briefing.processor.summary.CountryMention;
import dev.briefing.processor.summary.OrganizationMention;
import dev.briefing.processor.summary.Position;
import dev.briefing.processor.text.ArticleDocument;
import dev.briefing.processor.text.OpenNlpDocumentAnalyzer;
import dev.briefing.processor.text.PatternTextCleaner;
import dev.briefing.reader.Article;

/**
 * Summarises an article by running one extractor per kind of fact over its body: metadata first,
 * then the body's sentences (page furniture left out), the countries, organisations and people named,
 * and the commitments and positions stated, which refer to them.
 *
 * <p>Thread-safe when its extractors are, as the standard ones are.
 */
public class ExtractingArticleSummarizer implements ArticleSummarizer {

    private final MetadataExtractor metadata;

    private final OpenNlpDocumentAnalyzer analyzer;

    private final CountryExtractor countries;

    private final OrganizationExtractor organizations;

    private final PersonExtractor people;

    private final CommitmentExtractor commitments;

    private final PositionExtractor positions;

    public ExtractingArticleSummarizer(MetadataExtractor metadata, OpenNlpDocumentAnalyzer analyzer,
            CountryExtractor countries, OrganizationExtractor organizations, PersonExtractor people,
            CommitmentExtractor commitments, PositionExtractor positions) {
        this.metadata = Objects.requireNonNull(metadata, "metadata");
        this.analyzer = Objects.requireNonNull(analyzer, "analyzer");
        this.countries = Objects.requireNonNull(countries, "countries");
        this.organizations = Objects.requireNonNull(organizations, "organizations");
        this.people = Objects.requireNonNull(people, "people");
        this.commitments = Objects.requireNonNull(commitments, "commitments");
        this.positions = Objects.requireNonNull(positions, "positions");
    }

    /** The summarizer with the project's own extractors and reference data. */
    public static ExtractingArticleSummarizer standard() {
        return new ExtractingArticleSummarizer(new LayoutMetadataExtractor(),
                new OpenNlpDocumentAnalyzer(PatternTextCleaner.standard()), GazetteerCountryExtractor.standard(),
                GazetteerOrganizationExtractor.standard(), TitlePersonExtractor.standard(),
                CueCommitmentExtractor.standard(), CuePositionExtractor.standard());
    }

    /**
     * {@inheritDoc}
     *
     * @throws ArticleProcessingException naming the file when an extractor fails on this article
     */
    @Override
    public ArticleSummary summarize(Article article) {
        try {
            return extract(article);
        }
        catch (RuntimeException ex) {
            throw new ArticleProcessingException(article.fileName(), "extraction failed (" + ex + ")", ex);
        }
    }

    private ArticleSummary extract(Article article) {
        String text = article.text();
        ArticleMetadata meta = metadata.extract(text);
        ArticleDocument document = analyzer.analyze(text, meta);
        List<Mention> countryMentions = countries.extract(document);
        List<Mention> organizationMentions = organizations.extract(document);
        PersonExtractor.People found = people.extract(document, countryMentions, organizationMentions);
        ArticleEntities entities = new ArticleEntities(countryMentions, organizationMentions, found);
        List<Commitment> pledged = commitments.extract(document, entities);
        List<Position> stated = positions.extract(document, entities, pledged);
        return new ArticleSummary(article.id(), article.fileName(), article.sha256(), meta.title(), meta.source(),
                meta.published(), meta.kind(), meta.dateline(), countryMentions(countryMentions),
                organizationMentions(organizationMentions), found.people(), stated, pledged, null, null);
    }

    private static List<CountryMention> countryMentions(List<Mention> mentions) {
        return tally(mentions).stream()
                .map(t -> new CountryMention(t.first().id(), t.first().name(), t.count(), List.copyOf(t.forms())))
                .toList();
    }

    private static List<OrganizationMention> organizationMentions(List<Mention> mentions) {
        return tally(mentions).stream()
                .map(t -> new OrganizationMention(t.first().name(), t.count(), List.copyOf(t.forms())))
                .toList();
    }

    private record Tally(Mention first, int count, Set<String> forms) {
    }

    /** Mentions grouped by what they name, most mentioned first, ties in order of first mention. */
    private static List<Tally> tally(List<Mention> mentions) {
        Map<String, List<Mention>> byId = new LinkedHashMap<>();
        mentions.forEach(mention -> byId.computeIfAbsent(mention.id(), id -> new ArrayList<>()).add(mention));
        List<Tally> tallies = new ArrayList<>();
        byId.values().forEach(group -> {
            Set<String> forms = new LinkedHashSet<>();
            group.forEach(mention -> forms.add(mention.form()));
            tallies.add(new Tally(group.getFirst(), group.size(), forms));
        });
        tallies.sort(Comparator.comparingInt(Tally::count).reversed());
        return tallies;
    }
}
