package dev.briefing.processor.story;

import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import dev.briefing.processor.summary.ArticleSummary;
import org.jspecify.annotations.Nullable;

/**
 * Articles that report the same event, with their facts merged.
 *
 * @param id          stable id: the same articles give the same id in every run
 * @param rank        1 for the story an analyst should read first ({@link StoryRanker}), and so on
 * @param headline    the headline of its most representative article that has one (never a caption,
 *                    credit or dateline)
 * @param lead        what happened: the lead of its most representative article, or null when none has one
 * @param first       the earliest publication date, or null when no article has one
 * @param last        the latest publication date, or null
 * @param outlets     the outlets reporting it, in order of first report
 * @param articles    its articles, each with {@link ArticleSummary#story()} set to {@code id}
 * @param commitments its commitments, merged across articles
 * @param positions   its positions, merged across articles
 */
public record Story(String id, int rank, String headline, @Nullable StoryLead lead, @Nullable LocalDate first,
        @Nullable LocalDate last, List<String> outlets, List<ArticleSummary> articles,
        List<CorroboratedCommitment> commitments, List<CorroboratedPosition> positions) implements PackEntry {

    public Story {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(headline, "headline");
        outlets = List.copyOf(outlets);
        articles = List.copyOf(articles);
        commitments = List.copyOf(commitments);
        positions = List.copyOf(positions);
        if (articles.isEmpty()) {
            throw new IllegalArgumentException("a story needs an article: " + id);
        }
        if (rank < 1) {
            throw new IllegalArgumentException("rank starts at 1: " + rank);
        }
    }

    /** Who reports it, as a reader names them: each outlet, and the id of each article of no known outlet. */
    public List<String> reporters() {
        Set<String> reporters = new LinkedHashSet<>(outlets);
        articles.stream().filter(article -> article.source() == null || !PageLines.outlet(article.source()))
                .forEach(article -> reporters.add(article.id()));
        return List.copyOf(reporters);
    }

    /** Its facts that two or more outlets report. */
    public long corroboratedFacts() {
        return commitments.stream().filter(CorroboratedCommitment::corroborated).count()
                + positions.stream().filter(CorroboratedPosition::corroborated).count();
    }
}
