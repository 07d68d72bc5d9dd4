package dev.briefing.processor.story;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * Groups articles in one pass, in order of publication: an article joins the story whose
 * participants and key terms it shares most, measured as the cosine of their feature vectors, when
 * that reaches {@link #THRESHOLD} and the story's dates are within {@link #MAX_DAYS} of its own;
 * otherwise it opens a story. A feature weighs by its kind (a person says more than a country) and
 * by its rarity in the run (inverse document frequency), so two articles about the same country are
 * not one story, while two reports of the same meeting are.
 *
 * <p>Only stories sharing a person, an organisation or a key term are compared, and a feature shared
 * by more than {@link #MAX_STORIES_PER_FEATURE} stories no longer proposes candidates: the cost grows
 * with the number of articles, not with its square. Stories are capped at {@link #MAX_ARTICLES}.
 */
public class ParticipantStoryGrouper implements StoryGrouper {

    static final double THRESHOLD = 0.3;

    static final int MAX_DAYS = 3;

    static final int MAX_ARTICLES = 100;

    static final int MAX_STORIES_PER_FEATURE = 200;

    private static final class Cluster {

        final String firstId;

        final List<String> members = new ArrayList<>();

        final Set<String> outlets = new LinkedHashSet<>();

        final Map<String, Double> weights = new HashMap<>();

        double norm2;

        @Nullable LocalDate first;

        @Nullable LocalDate last;

        Cluster(String firstId) {
            this.firstId = firstId;
        }
    }

    @Override
    public List<StoryAssignment> group(List<StoryKey> keys) {
        Map<String, Integer> frequency = new HashMap<>();
        keys.forEach(key -> key.features().forEach(feature -> frequency.merge(feature, 1, Integer::sum)));
        List<StoryKey> ordered = keys.stream().sorted(Comparator.comparing(StoryKey::published,
                Comparator.nullsLast(Comparator.naturalOrder())).thenComparing(StoryKey::articleId)).toList();
        List<Cluster> clusters = new ArrayList<>();
        Map<String, List<Integer>> index = new HashMap<>();
        for (StoryKey key : ordered) {
            Map<String, Double> vector = vector(key, frequency, keys.size());
            int best = best(key, vector, clusters, index);
            Cluster cluster = best >= 0 ? clusters.get(best) : new Cluster(key.articleId());
            if (best < 0) {
                clusters.add(cluster);
                best = clusters.size() - 1;
            }
            join(cluster, best, key, vector, index);
        }
        return assignments(clusters);
    }

    private static Map<String, Double> vector(StoryKey key, Map<String, Integer> frequency, int articles) {
        Map<String, Double> vector = new HashMap<>();
        for (String feature : key.features()) {
            double rarity = Math.log(1.0 + (double) articles / frequency.get(feature));
            vector.put(feature, weight(feature) * rarity);
        }
        return vector;
    }

    private static double weight(String feature) {
        return switch (feature.charAt(0)) {
            case 'p' -> 3.0;
            case 'o' -> 2.0;
            case 't' -> 1.5;
            default -> 1.0;
        };
    }

    private static int best(StoryKey key, Map<String, Double> vector, List<Cluster> clusters,
            Map<String, List<Integer>> index) {
        Set<Integer> candidates = new LinkedHashSet<>();
        for (String feature : key.features()) {
            if (!feature.startsWith("c:")) {
                List<Integer> stories = index.get(feature);
                if (stories != null && stories.size() <= MAX_STORIES_PER_FEATURE) {
                    candidates.addAll(stories);
                }
            }
        }
        double norm2 = vector.values().stream().mapToDouble(w -> w * w).sum();
        int best = -1;
        double bestScore = THRESHOLD;
        for (int candidate : candidates) {
            Cluster cluster = clusters.get(candidate);
            if (cluster.members.size() >= MAX_ARTICLES || !close(cluster, key.published())) {
                continue;
            }
            double dot = 0;
            for (Map.Entry<String, Double> entry : vector.entrySet()) {
                Double weight = cluster.weights.get(entry.getKey());
                dot += weight == null ? 0 : weight * entry.getValue();
            }
            double score = dot / Math.sqrt(norm2 * cluster.norm2);
            if (score >= bestScore) {
                best = candidate;
                bestScore = score;
            }
        }
        return best;
    }

    private static boolean close(Cluster cluster, @Nullable LocalDate published) {
        if (published == null || cluster.first == null) {
            return true;
        }
        return ChronoUnit.DAYS.between(cluster.first, published) <= MAX_DAYS
                && ChronoUnit.DAYS.between(published, cluster.last) <= MAX_DAYS;
    }

    private static void join(Cluster cluster, int position, StoryKey key, Map<String, Double> vector,
            Map<String, List<Integer>> index) {
        cluster.members.add(key.articleId());
        if (key.outlet() != null) {
            cluster.outlets.add(key.outlet());
        }
        LocalDate published = key.published();
        if (published != null) {
            cluster.first = cluster.first == null || published.isBefore(cluster.first) ? published : cluster.first;
            cluster.last = cluster.last == null || published.isAfter(cluster.last) ? published : cluster.last;
        }
        vector.forEach((feature, weight) -> {
            if (cluster.weights.putIfAbsent(feature, weight) == null) {
                cluster.norm2 += weight * weight;
                List<Integer> stories = index.computeIfAbsent(feature, f -> new ArrayList<>());
                if (stories.size() <= MAX_STORIES_PER_FEATURE) {
                    stories.add(position);
                }
            }
        });
    }

    private static List<StoryAssignment> assignments(List<Cluster> clusters) {
        List<Cluster> ranked = clusters.stream().sorted(Comparator.comparingInt((Cluster c) -> -c.members.size())
                .thenComparingInt(c -> -c.outlets.size())
                .thenComparing(c -> c.first, Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(c -> c.firstId)).toList();
        List<StoryAssignment> assignments = new ArrayList<>();
        for (int rank = 1; rank <= ranked.size(); rank++) {
            Cluster cluster = ranked.get(rank - 1);
            for (String member : cluster.members) {
                assignments.add(new StoryAssignment(member, "story-" + cluster.firstId, rank));
            }
        }
        return assignments;
    }
}
