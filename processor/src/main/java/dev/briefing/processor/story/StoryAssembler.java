package dev.briefing.processor.story;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Predicate;

import dev.briefing.processor.summary.ArticleSummary;
import org.jspecify.annotations.Nullable;

/**
 * Makes a {@link Story} of the articles grouped into it: its headline and lead from its most
 * representative articles, its dates and outlets, and its facts merged ({@link FactMerger}) so that
 * each commitment and position appears once with every article reporting it.
 *
 * <p>The headline is the best of its articles' headlines, most representative first: a headline as
 * the page shows it (short, no full stop) before a sentence-long one, before the summary's title
 * where that is not a caption or furniture, before the first sentence of a lead; the article id only
 * when nothing else reads.
 */
public final class StoryAssembler {

    /** A headline longer than this reads as a sentence: another article's shorter one is preferred. */
    static final int SHORT_HEADLINE_WORDS = 20;

    private final Predicate<String> reportedBefore;

    /** @param reportedBefore whether an earlier completed run reported the fact of a {@link FactKeys} key */
    public StoryAssembler(Predicate<String> reportedBefore) {
        this.reportedBefore = Objects.requireNonNull(reportedBefore, "reportedBefore");
    }

    public Story assemble(String id, int rank, List<StoryMember> members) {
        List<StoryMember> central = members.stream()
                .sorted(Comparator.comparingDouble((StoryMember m) -> -m.centrality())
                        .thenComparing(m -> m.summary().published(), Comparator.nullsLast(Comparator.naturalOrder()))
                        .thenComparing(m -> m.summary().id()))
                .toList();
        List<ArticleSummary> articles = members.stream().map(StoryMember::summary)
                .sorted(Comparator.comparing(ArticleSummary::published, Comparator.nullsLast(Comparator.naturalOrder()))
                        .thenComparing(ArticleSummary::id))
                .map(summary -> summary.withStory(id)).toList();
        Set<String> outlets = new LinkedHashSet<>();
        articles.forEach(article -> {
            if (article.source() != null && PageLines.outlet(article.source())) {
                outlets.add(article.source());
            }
        });
        List<LocalDate> dates = articles.stream().map(ArticleSummary::published).filter(Objects::nonNull).sorted().toList();
        FactMerger facts = new FactMerger(central.stream().map(StoryMember::summary).map(StoryAssembler::outletChecked)
                .toList(), reportedBefore);
        return new Story(id, rank, headline(central), lead(central), dates.isEmpty() ? null : dates.getFirst(),
                dates.isEmpty() ? null : dates.getLast(), List.copyOf(outlets), articles, facts.commitments(),
                facts.positions());
    }

    /** A story of summaries alone, with no profiles, each as central as the others. */
    public Story assembleArticles(String id, int rank, List<ArticleSummary> summaries) {
        return assemble(id, rank, summaries.stream().map(s -> new StoryMember(s, StoryProfile.EMPTY, 1)).toList());
    }

    /** The summary with no outlet where the one it names is a line of page furniture ("This story is from"). */
    private static ArticleSummary outletChecked(ArticleSummary summary) {
        if (summary.source() == null || PageLines.outlet(summary.source())) {
            return summary;
        }
        return new ArticleSummary(summary.id(), summary.file(), summary.sha256(), summary.title(), null,
                summary.published(), summary.kind(), summary.dateline(), summary.countries(), summary.organizations(),
                summary.people(), summary.positions(), summary.commitments(), summary.skipped(), summary.story());
    }

    private static String headline(List<StoryMember> central) {
        String best = null;
        int bestTier = Integer.MAX_VALUE;
        for (StoryMember member : central) {
            for (int tier = 0; tier < bestTier; tier++) {
                String candidate = candidate(member, tier);
                if (candidate != null) {
                    best = candidate;
                    bestTier = tier;
                    break;
                }
            }
        }
        return best == null ? central.getFirst().summary().id() : best;
    }

    private static @Nullable String candidate(StoryMember member, int tier) {
        String headline = member.profile().headline();
        String title = member.summary().title();
        return switch (tier) {
            case 0 -> headline != null && PageLines.words(headline) <= SHORT_HEADLINE_WORDS
                    && !PageLines.endsAsSentence(headline) ? headline : null;
            case 1 -> headline;
            case 2 -> title != null && PageLines.headline(title) ? title : null;
            case 3 -> member.profile().lead() == null ? null : firstSentence(member.profile().lead());
            default -> null;
        };
    }

    private static String firstSentence(String lead) {
        Sentences.Span first = Sentences.of(lead).getFirst();
        return lead.substring(first.start(), first.end());
    }

    private static @Nullable StoryLead lead(List<StoryMember> central) {
        for (StoryMember member : central) {
            StoryProfile profile = member.profile();
            if (profile.lead() != null) {
                return new StoryLead(member.summary().id(), outletChecked(member.summary()).source(), profile.lead(),
                        profile.leadStart(), profile.leadEnd());
            }
        }
        return null;
    }
}
