package dev.briefing.processor.story;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Predicate;

import dev.briefing.processor.summary.ArticleSummary;
import dev.briefing.processor.summary.Commitment;
import dev.briefing.processor.summary.Position;

/**
 * Makes a {@link Story} of the articles grouped into it: its headline and dates, its outlets, and its
 * facts merged so that each commitment and position appears once with every article reporting it.
 */
public final class StoryAssembler {

    private final Predicate<String> reportedBefore;

    /** @param reportedBefore whether an earlier completed run reported the fact of a {@link FactKeys} key */
    public StoryAssembler(Predicate<String> reportedBefore) {
        this.reportedBefore = Objects.requireNonNull(reportedBefore, "reportedBefore");
    }

    public Story assemble(String id, int rank, List<ArticleSummary> summaries) {
        List<ArticleSummary> articles = summaries.stream()
                .sorted(Comparator.comparing(ArticleSummary::published, Comparator.nullsLast(Comparator.naturalOrder()))
                        .thenComparing(ArticleSummary::id))
                .map(summary -> summary.withStory(id)).toList();
        ArticleSummary lead = articles.getFirst();
        Set<String> outlets = new LinkedHashSet<>();
        articles.forEach(article -> {
            if (article.source() != null) {
                outlets.add(article.source());
            }
        });
        List<LocalDate> dates = articles.stream().map(ArticleSummary::published).filter(Objects::nonNull).sorted().toList();
        return new Story(id, rank, lead.title() == null ? lead.id() : lead.title(),
                dates.isEmpty() ? null : dates.getFirst(), dates.isEmpty() ? null : dates.getLast(),
                List.copyOf(outlets), articles, commitments(articles), positions(articles));
    }

    private List<CorroboratedCommitment> commitments(List<ArticleSummary> articles) {
        List<Merged<Commitment>> merged = new ArrayList<>();
        for (ArticleSummary article : articles) {
            for (Commitment commitment : article.commitments()) {
                merge(merged, commitment, article, FactKeys::same);
            }
        }
        return merged.stream().map(m -> new CorroboratedCommitment(m.fact, m.sources,
                !reportedBefore.test(FactKeys.of(m.fact)))).toList();
    }

    private List<CorroboratedPosition> positions(List<ArticleSummary> articles) {
        List<Merged<Position>> merged = new ArrayList<>();
        for (ArticleSummary article : articles) {
            for (Position position : article.positions()) {
                merge(merged, position, article, FactKeys::same);
            }
        }
        return merged.stream().map(m -> new CorroboratedPosition(m.fact, m.sources,
                !reportedBefore.test(FactKeys.of(m.fact)))).toList();
    }

    private interface Sameness<T> {
        boolean same(T a, T b);
    }

    private static final class Merged<T> {

        final T fact;

        final List<Source> sources = new ArrayList<>();

        Merged(T fact) {
            this.fact = fact;
        }
    }

    private static <T> void merge(List<Merged<T>> merged, T fact, ArticleSummary article, Sameness<T> sameness) {
        Source source = new Source(article.id(), article.source());
        for (Merged<T> existing : merged) {
            if (sameness.same(existing.fact, fact)) {
                if (existing.sources.stream().noneMatch(s -> s.articleId().equals(article.id()))) {
                    existing.sources.add(source);
                }
                return;
            }
        }
        Merged<T> created = new Merged<>(fact);
        created.sources.add(source);
        merged.add(created);
    }
}
