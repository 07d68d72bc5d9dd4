package dev.briefing.processor.summary;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

/**
 * What the processor found in one article, or why it could not summarise it.
 *
 * <p>A skipped input carries its {@link #skipped() reason} and no facts.
 *
 * @param id            the file name without its extension
 * @param file          the file name
 * @param sha256        hex SHA-256 of the file's bytes, or null when it could not be read
 * @param title         the headline, or null
 * @param source        the outlet ("AFP", "The Yomiuri Shimbun"), or null
 * @param published     publication date, or null
 * @param kind          news or editorial, or null for a skipped input
 * @param dateline      the dateline place ("TOKYO"), or null
 * @param countries     countries named, most mentioned first
 * @param organizations organisations named
 * @param people        people named, with titles
 * @param positions     stated positions, in text order
 * @param commitments   policy commitments, in text order
 * @param skipped       why the input was not summarised, or null
 * @param story         id of the story the article belongs to, or null until stories are grouped
 */
public record ArticleSummary(String id, String file, @Nullable String sha256, @Nullable String title,
        @Nullable String source, @Nullable LocalDate published, @Nullable ArticleKind kind,
        @Nullable String dateline, List<CountryMention> countries, List<OrganizationMention> organizations,
        List<Person> people, List<Position> positions, List<Commitment> commitments, @Nullable Skip skipped,
        @Nullable String story) {

    public ArticleSummary {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(file, "file");
        countries = List.copyOf(countries);
        organizations = List.copyOf(organizations);
        people = List.copyOf(people);
        positions = List.copyOf(positions);
        commitments = List.copyOf(commitments);
        if (skipped != null && !(countries.isEmpty() && organizations.isEmpty() && people.isEmpty()
                && positions.isEmpty() && commitments.isEmpty())) {
            throw new IllegalArgumentException("a skipped input carries no facts: " + file);
        }
    }

    /** The summary of an input that could not be summarised, with the reason. */
    public static ArticleSummary skipped(String id, String file, @Nullable String sha256, String reason) {
        return new ArticleSummary(id, file, sha256, null, null, null, null, null, List.of(), List.of(), List.of(),
                List.of(), List.of(), new Skip(reason), null);
    }

    /** This summary, placed in the given story. */
    public ArticleSummary withStory(String storyId) {
        return new ArticleSummary(id, file, sha256, title, source, published, kind, dateline, countries,
                organizations, people, positions, commitments, skipped, storyId);
    }
}
