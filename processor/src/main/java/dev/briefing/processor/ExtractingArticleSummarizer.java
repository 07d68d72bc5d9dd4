package dev.briefing.processor;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Supplier;

import dev.briefing.processor.attribution.Attribution;
import dev.briefing.processor.attribution.AttributionExtractor;
import dev.briefing.processor.attribution.FrameAttributionExtractor;
import dev.briefing.processor.commitment.ClauseCommitmentExtractor;
import dev.briefing.processor.commitment.CommitmentExtractor;
import dev.briefing.processor.commitment.Pledge;
import dev.briefing.processor.coreference.ArticleReferences;
import dev.briefing.processor.coreference.ReferenceResolver;
import dev.briefing.processor.coreference.SalienceReferenceResolver;
import dev.briefing.processor.mention.ArticleMentions;
import dev.briefing.processor.mention.CountryExtractor;
import dev.briefing.processor.mention.DescribedSourceExtractor;
import dev.briefing.processor.mention.GazetteerCountryExtractor;
import dev.briefing.processor.mention.GazetteerOrganizationExtractor;
import dev.briefing.processor.mention.Mention;
import dev.briefing.processor.mention.OrganizationExtractor;
import dev.briefing.processor.mention.PersonExtractor;
import dev.briefing.processor.mention.ProperNamePersonExtractor;
import dev.briefing.processor.position.AttributionPositionExtractor;
import dev.briefing.processor.position.EditorialVoice;
import dev.briefing.processor.position.PositionExtractor;
import dev.briefing.processor.reference.Lexicons;
import dev.briefing.processor.reference.WordClasses;
import dev.briefing.processor.summary.ArticleKind;
import dev.briefing.processor.summary.ArticleSummary;
import dev.briefing.processor.summary.CountryMention;
import dev.briefing.processor.summary.OrganizationMention;
import dev.briefing.processor.summary.Person;
import dev.briefing.processor.summary.Position;
import dev.briefing.processor.text.ArticleDocument;
import dev.briefing.processor.text.CachingLemmatizer;
import dev.briefing.processor.text.OpenNlpTextAnalyzer;
import dev.briefing.processor.text.PatternTextCleaner;
import dev.briefing.processor.text.SentenceTracker;
import dev.briefing.reader.Article;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Summarises an article by annotating one document in layers, each its own component: text (tokens,
 * tags, lemmas, chunks, quotations), mentions (countries, organisations, people, described sources),
 * references (who each mention and pronoun stands for), attributions (who said what), commitments
 * and positions, and whether the article speaks in the outlet's own voice.
 *
 * <p>A layer that throws is a bug, not a bad input: the failure is logged with the layer, the file
 * and the offset of the sentence it was reading, the layers after it go on without its findings,
 * and the article is summarised, not skipped. Thread-safe when its components are, as the standard
 * ones are.
 */
public class ExtractingArticleSummarizer implements ArticleSummarizer {

    private static final Logger LOG = LoggerFactory.getLogger(ExtractingArticleSummarizer.class);

    private final MetadataExtractor metadata;

    private final OpenNlpTextAnalyzer analyzer;

    private final CountryExtractor countries;

    private final OrganizationExtractor organizations;

    private final PersonExtractor people;

    private final DescribedSourceExtractor sources;

    private final ReferenceResolver references;

    private final AttributionExtractor attributions;

    private final EditorialVoice voice;

    private final CommitmentExtractor commitments;

    private final PositionExtractor positions;

    /** The components of each layer, in the order the layers run. */
    public record Layers(MetadataExtractor metadata, OpenNlpTextAnalyzer analyzer, CountryExtractor countries,
            OrganizationExtractor organizations, PersonExtractor people, DescribedSourceExtractor sources,
            ReferenceResolver references, AttributionExtractor attributions, EditorialVoice voice,
            CommitmentExtractor commitments, PositionExtractor positions) {

        public Layers {
            Objects.requireNonNull(metadata, "metadata");
            Objects.requireNonNull(analyzer, "analyzer");
            Objects.requireNonNull(countries, "countries");
            Objects.requireNonNull(organizations, "organizations");
            Objects.requireNonNull(people, "people");
            Objects.requireNonNull(sources, "sources");
            Objects.requireNonNull(references, "references");
            Objects.requireNonNull(attributions, "attributions");
            Objects.requireNonNull(voice, "voice");
            Objects.requireNonNull(commitments, "commitments");
            Objects.requireNonNull(positions, "positions");
        }
    }

    public ExtractingArticleSummarizer(Layers layers) {
        this.metadata = layers.metadata();
        this.analyzer = layers.analyzer();
        this.countries = layers.countries();
        this.organizations = layers.organizations();
        this.people = layers.people();
        this.sources = layers.sources();
        this.references = layers.references();
        this.attributions = layers.attributions();
        this.voice = layers.voice();
        this.commitments = layers.commitments();
        this.positions = layers.positions();
    }

    /** The standard components of every layer, over the project's reference data. */
    public static Layers standardLayers() {
        Lexicons lexicons = Lexicons.standard();
        GazetteerCountryExtractor countries = GazetteerCountryExtractor.standard();
        GazetteerOrganizationExtractor organizations = GazetteerOrganizationExtractor.standard(countries);
        return new Layers(new LayoutMetadataExtractor(),
                new OpenNlpTextAnalyzer(PatternTextCleaner.standard(),
                        new CachingLemmatizer(lexicons.lemmas(), lexicons.irregularVerbs()), lexicons.cueForms(),
                        lexicons.verbOnlyWords(), WordClasses.standard().of("function-word")),
                countries, organizations, new ProperNamePersonExtractor(lexicons, countries),
                new DescribedSourceExtractor(lexicons), new SalienceReferenceResolver(countries, organizations, lexicons),
                new FrameAttributionExtractor(lexicons), new EditorialVoice(lexicons),
                new ClauseCommitmentExtractor(lexicons, countries), new AttributionPositionExtractor(new EditorialVoice(lexicons)));
    }

    /** The summarizer with the project's own components and reference data. */
    public static ExtractingArticleSummarizer standard() {
        return new ExtractingArticleSummarizer(standardLayers());
    }

    @Override
    public ArticleSummary summarize(Article article) {
        String text = article.text();
        ArticleMetadata meta = metadata.extract(text);
        ArticleDocument document = guarded("text", article, () -> analyzer.analyze(text, meta),
                () -> new ArticleDocument(text, meta, List.of(), List.of()));
        List<Mention> named = new ArrayList<>(guarded("countries", article, () -> countries.extract(document), List::of));
        List<Mention> countryMentions = List.copyOf(named);
        List<Mention> organizationMentions = guarded("organizations", article, () -> organizations.extract(document),
                List::of);
        named.addAll(organizationMentions);
        named.addAll(guarded("people", article, () -> people.extract(document, countryMentions, organizationMentions),
                List::of));
        ArticleMentions withNames = new ArticleMentions(named);
        named.addAll(guarded("sources", article, () -> sources.extract(document, withNames), List::of));
        ArticleMentions mentions = new ArticleMentions(named);
        ArticleReferences resolved = guarded("references", article, () -> references.resolve(document, mentions),
                () -> ArticleReferences.unresolved(mentions));
        List<Attribution> attributed = guarded("attributions", article, () -> attributions.extract(document, resolved),
                List::of);
        ArticleKind kind = guarded("voice", article, () -> voice.kind(document, attributed), meta::kind);
        ArticleDocument voiced = new ArticleDocument(text, meta.withKind(kind), document.sentences(), document.quotations());
        List<Pledge> pledges = guarded("commitments", article,
                () -> commitments.extract(voiced, resolved, attributed), List::of);
        List<Position> stated = guarded("positions", article, () -> positions.extract(voiced, resolved, attributed,
                pledges.stream().map(Pledge::cue).toList()), List::of);
        return new ArticleSummary(article.id(), article.fileName(), article.sha256(), meta.title(), meta.source(),
                meta.published(), kind, meta.dateline(), countryMentions(resolved.countryMentions()),
                organizationMentions(resolved.organizationMentions()), people(resolved), stated,
                pledges.stream().map(Pledge::commitment).toList(), null, null);
    }

    /** The layer's result, or the fallback after logging the layer's failure with the sentence it was reading. */
    private static <T> T guarded(String layer, Article article, Supplier<T> work, Supplier<T> fallback) {
        SentenceTracker.reset();
        try {
            return work.get();
        }
        catch (RuntimeException ex) {
            LOG.error("The {} layer failed on {} at the sentence at offset {}; the article is summarised without it",
                    layer, article.fileName(), SentenceTracker.lastOffset(), ex);
            return fallback.get();
        }
    }

    private static List<Person> people(ArticleReferences references) {
        return references.people().stream()
                .map(person -> new Person(person.name(), person.title(), person.country(), person.organization()))
                .toList();
    }

    private List<CountryMention> countryMentions(List<Mention> mentions) {
        return tally(mentions).stream()
                .map(t -> new CountryMention(t.first().key(), countries.name(t.first().key()), t.count(),
                        List.copyOf(t.forms())))
                .toList();
    }

    private static List<OrganizationMention> organizationMentions(List<Mention> mentions) {
        return tally(mentions).stream()
                .map(t -> new OrganizationMention(t.first().key(), t.count(), List.copyOf(t.forms())))
                .toList();
    }

    private record Tally(Mention first, int count, Set<String> forms) {
    }

    /** Mentions grouped by what they name, most mentioned first, ties in order of first mention. */
    private static List<Tally> tally(List<Mention> mentions) {
        Map<String, List<Mention>> byKey = new LinkedHashMap<>();
        mentions.forEach(mention -> byKey.computeIfAbsent(mention.key(), id -> new ArrayList<>()).add(mention));
        List<Tally> tallies = new ArrayList<>();
        byKey.values().forEach(group -> {
            Set<String> forms = new LinkedHashSet<>();
            group.forEach(mention -> forms.add(mention.form()));
            tallies.add(new Tally(group.getFirst(), group.size(), forms));
        });
        tallies.sort(Comparator.comparingInt(Tally::count).reversed());
        return tallies;
    }
}
