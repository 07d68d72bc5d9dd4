package dev.briefing.processor.story;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.ToIntFunction;

import org.jspecify.annotations.Nullable;

/**
 * Ranks stories by what an analyst weighs, not by article count alone: how many outlets report it
 * and how many articles, how many countries and organisations it involves, its firm and planned
 * commitments, its sharp positions between countries (criticism, demands, rejections, concern) and
 * its facts no earlier run reported. Counts enter as logarithms or capped, so that no single one,
 * such as a story told in twenty near-identical articles, outweighs the others. A country or
 * organisation counts by its rarity in the run: one that a tenth of the articles name or fewer
 * counts fully, one that every article names (the home country of a national outlet, its
 * parliament) not at all, so a story involving other countries is not buried under domestic ones.
 */
public class AnalystStoryRanker implements StoryRanker {

    static final double OUTLETS = 1.5;

    static final double ARTICLES = 1.0;

    static final double COUNTRIES = 0.8;

    static final int COUNTRIES_CAP = 8;

    static final double ORGANIZATIONS = 0.3;

    static final int ORGANIZATIONS_CAP = 5;

    static final double COMMITMENTS = 1.0;

    static final double SHARP_POSITIONS = 0.8;

    static final double NEW_FACTS = 0.3;

    private static final class Tally {

        final String id;

        final Set<String> outlets = new HashSet<>();

        final Set<String> countries = new HashSet<>();

        final Set<String> organizations = new HashSet<>();

        int articles;

        int commitments;

        int sharp;

        int fresh;

        @Nullable LocalDate first;

        Tally(String id) {
            this.id = id;
        }

        void add(StoryKey key, int newFacts) {
            articles++;
            if (key.outlet() != null) {
                outlets.add(key.outlet());
            }
            key.countries().forEach(c -> countries.add("c:" + c));
            key.organizations().forEach(o -> organizations.add("o:" + o));
            commitments += key.commitments();
            sharp += key.sharpPositions();
            fresh += newFacts;
            if (key.published() != null && (first == null || key.published().isBefore(first))) {
                first = key.published();
            }
        }

        double score(Rarity rarity) {
            return OUTLETS * Math.log1p(outlets.size()) + ARTICLES * Math.log1p(articles)
                    + COUNTRIES * Math.min(rarity.of(countries), COUNTRIES_CAP)
                    + ORGANIZATIONS * Math.min(rarity.of(organizations), ORGANIZATIONS_CAP)
                    + COMMITMENTS * Math.log1p(commitments) + SHARP_POSITIONS * Math.log1p(sharp)
                    + NEW_FACTS * Math.log1p(fresh);
        }
    }

    /** How rare each country and organisation is in the run: 1 when a tenth of its articles name it or fewer. */
    private static final class Rarity {

        static final double FULL = 10;

        private final Map<String, Integer> df = new HashMap<>();

        private final int articles;

        Rarity(List<StoryKey> keys) {
            articles = keys.size();
            for (StoryKey key : keys) {
                key.countries().forEach(c -> df.merge("c:" + c, 1, Integer::sum));
                key.organizations().forEach(o -> df.merge("o:" + o, 1, Integer::sum));
            }
        }

        double of(Set<String> names) {
            double sum = 0;
            for (String name : names) {
                Integer count = df.get(name);
                sum += count == null ? 1 : Math.min(1, Math.log((double) articles / count) / Math.log(FULL));
            }
            return sum;
        }
    }

    @Override
    public Map<String, Integer> rank(List<StoryAssignment> assignments, List<StoryKey> keys,
            ToIntFunction<String> newFacts) {
        Map<String, StoryKey> byArticle = new HashMap<>();
        keys.forEach(key -> byArticle.put(key.articleId(), key));
        Map<String, Tally> tallies = new HashMap<>();
        for (StoryAssignment assignment : assignments) {
            StoryKey key = byArticle.get(assignment.articleId());
            if (key == null) {
                throw new IllegalArgumentException("no key for article " + assignment.articleId());
            }
            tallies.computeIfAbsent(assignment.storyId(), Tally::new).add(key, newFacts.applyAsInt(key.articleId()));
        }
        Rarity rarity = new Rarity(keys);
        Map<String, Integer> ranks = new LinkedHashMap<>();
        tallies.values().stream().map(t -> Map.entry(t, t.score(rarity)))
                .sorted(Comparator.comparing((Map.Entry<Tally, Double> e) -> -e.getValue())
                        .thenComparing(e -> -e.getKey().articles)
                        .thenComparing(e -> e.getKey().first, Comparator.nullsLast(Comparator.naturalOrder()))
                        .thenComparing(e -> e.getKey().id))
                .forEach(e -> ranks.put(e.getKey().id, ranks.size() + 1));
        return ranks;
    }
}
