package dev.briefing.processor.story;

import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

import dev.briefing.processor.reference.ReferenceData;
import dev.briefing.processor.summary.ArticleSummary;
import dev.briefing.processor.summary.CountryMention;
import dev.briefing.processor.summary.OrganizationMention;
import dev.briefing.processor.summary.Person;
import org.jspecify.annotations.Nullable;

/**
 * What grouping needs of an article, and no more: its participants and key terms as features
 * ({@code p:} person, {@code o:} organisation, {@code c:} country, {@code t:} headline term).
 *
 * @param articleId the article's id
 * @param published its publication date, or null
 * @param outlet    its outlet, or null
 * @param features  its participants and key terms
 */
public record StoryKey(String articleId, @Nullable LocalDate published, @Nullable String outlet, List<String> features) {

    private static final Set<String> STOPWORDS = Set.copyOf(ReferenceData.rows("story-stopwords.tsv").stream()
            .map(row -> row[0]).toList());

    public StoryKey {
        Objects.requireNonNull(articleId, "articleId");
        features = List.copyOf(features);
    }

    /** The key of a summarised article. */
    public static StoryKey of(ArticleSummary summary) {
        Set<String> features = new LinkedHashSet<>();
        summary.people().stream().map(Person::name).forEach(name -> features.add(("p:" + name).intern()));
        summary.organizations().stream().map(OrganizationMention::name).forEach(name -> features.add(("o:" + name).intern()));
        summary.countries().stream().map(CountryMention::code).forEach(code -> features.add(("c:" + code).intern()));
        if (summary.title() != null) {
            for (String word : summary.title().toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
                if (word.length() > 3 && !STOPWORDS.contains(word)) {
                    features.add(("t:" + word).intern());
                }
            }
        }
        return new StoryKey(summary.id(), summary.published(), summary.source(), List.copyOf(features));
    }
}
