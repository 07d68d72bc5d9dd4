package dev.briefing.processor.story;

import java.time.LocalDate;
import java.util.Arrays;
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
import dev.briefing.processor.summary.Person;
import dev.briefing.processor.summary.Position;
import dev.briefing.processor.summary.Stance;
import dev.briefing.processor.summary.Strength;
import org.jspecify.annotations.Nullable;

/**
 * What grouping and ranking need of an article, and no more, so that a run of a hundred thousand
 * articles groups in bounded memory: its date and outlet, its features packed in ints (a feature is
 * a content word, person, organisation or country, hashed; see {@link Feature}), and what an
 * analyst weighs in its story (countries and organisations involved, commitments, sharp positions).
 *
 * @param articleId     the article's id
 * @param published     its publication date, or null
 * @param outlet        its outlet, or null
 * @param features      its features, {@link Feature packed}, in the order of {@link Feature#sorted}, one each
 * @param countries     the codes of the countries it names, most named first, at most {@link #MAX_NAMES}
 * @param organizations the organisations it names, at most {@link #MAX_NAMES}
 * @param commitments   its firm and planned commitments
 * @param sharpPositions its positions of criticism, demand, rejection or concern, held by a country (or
 *                      someone of a country) about another country
 */
public record StoryKey(String articleId, @Nullable LocalDate published, @Nullable String outlet, int[] features,
        List<String> countries, List<String> organizations, int commitments, int sharpPositions) {

    static final int MAX_NAMES = 8;

    public StoryKey {
        Objects.requireNonNull(articleId, "articleId");
        features = Feature.sorted(features);
        countries = List.copyOf(countries);
        organizations = List.copyOf(organizations);
    }

    /** The key of a summarised article and its profile. */
    public static StoryKey of(ArticleSummary summary, StoryProfile profile) {
        Map<Integer, Integer> features = new LinkedHashMap<>();
        profile.terms().forEach((term, count) -> add(features, Feature.TERM, term, count));
        if (profile.terms().isEmpty() && summary.title() != null) {
            ContentWords.of(summary.title()).forEach(word -> add(features, Feature.TERM, word, 1));
        }
        summary.people().stream().map(Person::name).forEach(name -> add(features, Feature.PERSON, name, 1));
        summary.organizations().stream().map(OrganizationMention::name)
                .forEach(name -> add(features, Feature.ORGANIZATION, name, 1));
        summary.countries().stream().map(CountryMention::code).forEach(code -> add(features, Feature.COUNTRY, code, 1));
        int[] packed = features.entrySet().stream()
                .mapToInt(e -> Feature.pack(e.getKey() >>> Feature.HASH_BITS, e.getKey() & Feature.HASH_MASK,
                        e.getValue()))
                .toArray();
        return new StoryKey(summary.id(), summary.published(), intern(summary.source()), packed,
                summary.countries().stream().map(CountryMention::code).limit(MAX_NAMES).map(String::intern).toList(),
                names(summary), commitments(summary.commitments()), sharp(summary.positions()));
    }

    private static void add(Map<Integer, Integer> features, int kind, String value, int count) {
        int key = kind << Feature.HASH_BITS | Feature.hash(kind, value);
        features.merge(key, count, Integer::sum);
    }

    private static List<String> names(ArticleSummary summary) {
        Set<String> names = new LinkedHashSet<>();
        summary.organizations().stream().map(OrganizationMention::name).limit(MAX_NAMES)
                .forEach(name -> names.add(name.intern()));
        return List.copyOf(names);
    }

    private static int commitments(List<Commitment> commitments) {
        return (int) commitments.stream()
                .filter(c -> c.strength() == Strength.FIRM || c.strength() == Strength.PLANNED).count();
    }

    private static int sharp(List<Position> positions) {
        return (int) positions.stream().filter(StoryKey::sharp).count();
    }

    /** A position of criticism, demand, rejection or concern of a country's about another country. */
    static boolean sharp(Position position) {
        if (position.stance() == Stance.SUPPORT || position.stance() == Stance.STATEMENT) {
            return false;
        }
        Set<String> own = new LinkedHashSet<>();
        position.holders().forEach(holder -> {
            if (holder.country() != null) {
                own.add(holder.country());
            }
        });
        return !own.isEmpty() && position.about().stream().anyMatch(code -> !own.contains(code));
    }

    private static @Nullable String intern(@Nullable String value) {
        return value == null ? null : value.intern();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof StoryKey key && articleId.equals(key.articleId) && Objects.equals(published, key.published)
                && Objects.equals(outlet, key.outlet) && Arrays.equals(features, key.features)
                && countries.equals(key.countries) && organizations.equals(key.organizations)
                && commitments == key.commitments && sharpPositions == key.sharpPositions;
    }

    @Override
    public int hashCode() {
        return Objects.hash(articleId, published, outlet, Arrays.hashCode(features));
    }

    @Override
    public String toString() {
        return "StoryKey[" + articleId + ", " + published + ", " + outlet + ", " + features.length + " features]";
    }
}
