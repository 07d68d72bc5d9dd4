package dev.briefing.processor.story;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;

/**
 * Groups articles by the similarity of their TF-IDF vectors, then clusters them by group average
 * (average-link agglomerative clustering) down to a {@link #THRESHOLD}.
 *
 * <p>An article's vector weighs each of its features (content words, people, organisations,
 * countries) by how often it has it (1 + ln tf), how rare the feature is in the run (ln(1 + n/df))
 * and its kind (a person or organisation says more than a word, a country less). Two articles are
 * compared only when they share one of their {@link #BLOCKING_FEATURES} most weighty features
 * (blocking): each feature lists at most {@link #POSTINGS} articles, and of the articles sharing
 * them each article is compared with the {@link #CANDIDATES} that share most, so the cost grows with
 * the number of articles, not with its square, and so does memory: the run's document frequencies
 * live in a fixed table of hashed features.
 *
 * <p>Clustering then merges, most similar first, the two stories whose articles are on average most
 * similar (the mean of every pairwise cosine, computed exactly from the sums of their unit vectors),
 * while that mean reaches the threshold, the merged story spans at most {@link #MAX_DAYS} days of
 * publication (where dates are known) and holds at most {@link #MAX_ARTICLES} articles. Averaging
 * over every pair keeps a chain of loosely related articles (one country, one party) apart, while
 * the reports of one event, which share participants, place and key terms, join.
 */
public class TfIdfStoryGrouper implements StoryGrouper {

    static final double THRESHOLD = 0.22;

    /** Pairs of articles less similar than this are not kept as links between stories. */
    static final double LINK_MINIMUM = 0.08;

    static final int MAX_DAYS = 4;

    static final int MAX_ARTICLES = 100;

    static final int BLOCKING_FEATURES = 12;

    static final int POSTINGS = 64;

    static final int CANDIDATES = 24;

    private static final float[] KIND_WEIGHTS = {1.0f, 1.5f, 1.5f, 0.5f};

    private static final int NO_DATE = Integer.MIN_VALUE;

    private final double threshold;

    public TfIdfStoryGrouper() {
        this(THRESHOLD);
    }

    TfIdfStoryGrouper(double threshold) {
        this.threshold = threshold;
    }

    @Override
    public List<StoryAssignment> group(List<StoryKey> keys) {
        if (keys.isEmpty()) {
            return List.of();
        }
        List<StoryKey> ordered = keys.stream().sorted(Comparator.comparing(StoryKey::published,
                Comparator.nullsLast(Comparator.naturalOrder())).thenComparing(StoryKey::articleId)).toList();
        Vectors vectors = new Vectors(ordered);
        Links links = new Links(vectors, ordered);
        Clusters clusters = new Clusters(vectors, ordered, links, threshold);
        clusters.merge();
        return clusters.assignments();
    }

    /** Unit TF-IDF vectors of the ordered articles, computed from their packed features on demand. */
    static final class Vectors {

        private static final float[] TF = new float[256];

        static {
            for (int count = 1; count < TF.length; count++) {
                TF[count] = (float) (1 + Math.log(count));
            }
        }

        final int[][] features;

        final float[] norms;

        /** The weight of each hashed feature in the run: its kind's weight times its IDF. */
        private final float[] idf = new float[1 << Feature.HASH_BITS];

        Vectors(List<StoryKey> ordered) {
            int articles = ordered.size();
            features = new int[articles][];
            char[] df = new char[1 << Feature.HASH_BITS];
            for (int i = 0; i < articles; i++) {
                features[i] = ordered.get(i).features();
                for (int packed : features[i]) {
                    int h = Feature.hash(packed);
                    if (df[h] < Character.MAX_VALUE) {
                        df[h]++;
                    }
                }
            }
            for (int h = 0; h < df.length; h++) {
                if (df[h] > 0) {
                    idf[h] = (float) Math.log(1.0 + (double) articles / df[h]);
                }
            }
            norms = new float[articles];
            for (int i = 0; i < articles; i++) {
                double sum = 0;
                for (int packed : features[i]) {
                    double w = raw(packed);
                    sum += w * w;
                }
                norms[i] = (float) Math.sqrt(sum);
            }
        }

        float raw(int packed) {
            return KIND_WEIGHTS[Feature.kind(packed)] * TF[Feature.count(packed)] * idf[Feature.hash(packed)];
        }

        float weight(int article, int packed) {
            return norms[article] == 0 ? 0 : raw(packed) / norms[article];
        }

        double cosine(int a, int b) {
            int[] x = features[a];
            int[] y = features[b];
            double dot = 0;
            for (int i = 0, j = 0; i < x.length && j < y.length;) {
                int ix = Feature.id(x[i]);
                int iy = Feature.id(y[j]);
                if (ix == iy) {
                    dot += raw(x[i]) * raw(y[j]);
                    i++;
                    j++;
                }
                else if (ix < iy) {
                    i++;
                }
                else {
                    j++;
                }
            }
            double norms2 = (double) norms[a] * norms[b];
            return norms2 == 0 ? 0 : dot / norms2;
        }

        /** The article's unit vector as a sparse sum of one vector. */
        Sum sum(int article) {
            int[] ids = new int[features[article].length];
            float[] values = new float[ids.length];
            for (int i = 0; i < ids.length; i++) {
                ids[i] = Feature.id(features[article][i]);
                values[i] = weight(article, features[article][i]);
            }
            return new Sum(ids, values);
        }

        /** The ids of the article's most weighty features other than countries, which block too coarsely. */
        int[] blocking(int article) {
            int[] own = features[article];
            float[] weights = new float[own.length];
            for (int i = 0; i < own.length; i++) {
                weights[i] = Feature.kind(own[i]) == Feature.COUNTRY ? -1 : raw(own[i]);
            }
            int[] chosen = new int[Math.min(BLOCKING_FEATURES, own.length)];
            int n = 0;
            for (; n < chosen.length; n++) {
                int best = -1;
                for (int i = 0; i < own.length; i++) {
                    if (weights[i] >= 0 && (best < 0 || weights[i] > weights[best])) {
                        best = i;
                    }
                }
                if (best < 0) {
                    break;
                }
                chosen[n] = Feature.id(own[best]);
                weights[best] = -1;
            }
            return Arrays.copyOf(chosen, n);
        }
    }

    /** A sum of unit vectors, sparse: feature ids ascending and their summed weights. */
    record Sum(int[] ids, float[] values) {

        double dot(Sum other) {
            double dot = 0;
            for (int i = 0, j = 0; i < ids.length && j < other.ids.length;) {
                if (ids[i] == other.ids[j]) {
                    dot += values[i] * other.values[j];
                    i++;
                    j++;
                }
                else if (ids[i] < other.ids[j]) {
                    i++;
                }
                else {
                    j++;
                }
            }
            return dot;
        }

        Sum plus(Sum other) {
            int[] mergedIds = new int[ids.length + other.ids.length];
            float[] mergedValues = new float[mergedIds.length];
            int n = 0;
            int i = 0;
            int j = 0;
            while (i < ids.length || j < other.ids.length) {
                if (j >= other.ids.length || i < ids.length && ids[i] < other.ids[j]) {
                    mergedIds[n] = ids[i];
                    mergedValues[n++] = values[i++];
                }
                else if (i >= ids.length || other.ids[j] < ids[i]) {
                    mergedIds[n] = other.ids[j];
                    mergedValues[n++] = other.values[j++];
                }
                else {
                    mergedIds[n] = ids[i];
                    mergedValues[n++] = values[i++] + other.values[j++];
                }
            }
            return new Sum(Arrays.copyOf(mergedIds, n), Arrays.copyOf(mergedValues, n));
        }
    }

    /**
     * The links between similar articles, found by blocking: each article's most weighty features are
     * looked up in postings of the articles before it that have them among theirs.
     */
    static final class Links {

        int count;

        int[] from = new int[16];

        int[] to = new int[16];

        float[] similarity = new float[16];

        Links(Vectors vectors, List<StoryKey> ordered) {
            int n = ordered.size();
            int[][] blocking = new int[n][];
            for (int i = 0; i < n; i++) {
                blocking[i] = vectors.blocking(i);
            }
            Postings postings = new Postings(blocking);
            for (int article = 0; article < n; article++) {
                int i = article;
                Map<Integer, Integer> shared = new HashMap<>();
                for (int feature : blocking[i]) {
                    postings.before(feature, i, other -> shared.merge(other, 1, Integer::sum));
                }
                shared.entrySet().stream()
                        .sorted(Comparator.comparing((Map.Entry<Integer, Integer> e) -> -e.getValue())
                                .thenComparing(e -> -e.getKey()))
                        .limit(CANDIDATES)
                        .forEach(e -> {
                            double cosine = vectors.cosine(e.getKey(), i);
                            if (cosine >= LINK_MINIMUM) {
                                add(e.getKey(), i, (float) cosine);
                            }
                        });
            }
        }

        private void add(int a, int b, float cosine) {
            if (count == from.length) {
                from = Arrays.copyOf(from, count * 2);
                to = Arrays.copyOf(to, count * 2);
                similarity = Arrays.copyOf(similarity, count * 2);
            }
            from[count] = a;
            to[count] = b;
            similarity[count++] = cosine;
        }
    }

    /** Which articles have a blocking feature: for each feature, the first {@link #POSTINGS} of them. */
    static final class Postings {

        private final long[] entries;

        Postings(int[][] blocking) {
            int total = 0;
            for (int[] features : blocking) {
                total += features.length;
            }
            long[] all = new long[total];
            int n = 0;
            for (int article = 0; article < blocking.length; article++) {
                for (int feature : blocking[article]) {
                    all[n++] = (long) feature << 32 | article;
                }
            }
            Arrays.sort(all);
            int kept = 0;
            int run = 0;
            for (int i = 0; i < all.length; i++) {
                run = i > 0 && all[i] >>> 32 == all[i - 1] >>> 32 ? run + 1 : 0;
                if (run < POSTINGS) {
                    all[kept++] = all[i];
                }
            }
            entries = Arrays.copyOf(all, kept);
        }

        void before(int feature, int article, java.util.function.IntConsumer consumer) {
            int i = Arrays.binarySearch(entries, (long) feature << 32);
            i = i < 0 ? -i - 1 : i;
            for (; i < entries.length && entries[i] >>> 32 == feature; i++) {
                int other = (int) entries[i];
                if (other >= article) {
                    return;
                }
                consumer.accept(other);
            }
        }
    }

    /** Average-link agglomeration of the articles over their links. */
    static final class Clusters {

        private record Candidate(double score, int a, int b, int versionA, int versionB) {
        }

        private final Vectors vectors;

        private final List<StoryKey> ordered;

        private final double threshold;

        private final int[] parent;

        private final int[] size;

        private final int[] version;

        private final int[] first;

        private final int[] last;

        private final Sum[] sums;

        private final int[][] links;

        private final int[] linkCount;

        private final Links edges;

        private final PriorityQueue<Candidate> queue = new PriorityQueue<>(
                Comparator.comparingDouble((Candidate c) -> -c.score()).thenComparingInt(Candidate::a)
                        .thenComparingInt(Candidate::b));

        Clusters(Vectors vectors, List<StoryKey> ordered, Links edges, double threshold) {
            this.vectors = vectors;
            this.ordered = ordered;
            this.edges = edges;
            this.threshold = threshold;
            int n = ordered.size();
            parent = new int[n];
            size = new int[n];
            version = new int[n];
            first = new int[n];
            last = new int[n];
            sums = new Sum[n];
            links = new int[n][];
            linkCount = new int[n];
            for (int i = 0; i < n; i++) {
                parent[i] = i;
                size[i] = 1;
                LocalDate published = ordered.get(i).published();
                first[i] = published == null ? NO_DATE : (int) published.toEpochDay();
                last[i] = first[i];
            }
            for (int e = 0; e < edges.count; e++) {
                link(edges.from[e], e);
                link(edges.to[e], e);
                if (edges.similarity[e] >= threshold) {
                    queue.add(new Candidate(edges.similarity[e], edges.from[e], edges.to[e], 0, 0));
                }
            }
        }

        private void link(int article, int edge) {
            if (links[article] == null) {
                links[article] = new int[2];
            }
            else if (linkCount[article] == links[article].length) {
                links[article] = Arrays.copyOf(links[article], linkCount[article] * 2);
            }
            links[article][linkCount[article]++] = edge;
        }

        int find(int i) {
            while (parent[i] != i) {
                parent[i] = parent[parent[i]];
                i = parent[i];
            }
            return i;
        }

        void merge() {
            while (!queue.isEmpty()) {
                Candidate c = queue.poll();
                if (find(c.a()) != c.a() || find(c.b()) != c.b() || version[c.a()] != c.versionA()
                        || version[c.b()] != c.versionB() || !mergeable(c.a(), c.b())) {
                    continue;
                }
                neighbours(union(c.a(), c.b()));
            }
        }

        private boolean mergeable(int a, int b) {
            if (size[a] + size[b] > MAX_ARTICLES) {
                return false;
            }
            if (first[a] == NO_DATE || first[b] == NO_DATE) {
                return true;
            }
            return Math.max(last[a], last[b]) - Math.min(first[a], first[b]) <= MAX_DAYS;
        }

        private int union(int a, int b) {
            int root = size[a] >= size[b] ? a : b;
            int other = root == a ? b : a;
            sums[root] = sum(root).plus(sum(other));
            sums[other] = null;
            parent[other] = root;
            size[root] += size[other];
            version[root]++;
            if (first[root] == NO_DATE || first[other] != NO_DATE && first[other] < first[root]) {
                first[root] = first[other];
            }
            last[root] = Math.max(last[root], last[other]);
            for (int i = 0; i < linkCount[other]; i++) {
                link(root, links[other][i]);
            }
            links[other] = null;
            linkCount[other] = 0;
            return root;
        }

        /** Rescores the merged story against every story it links to, keeping only outside links. */
        private void neighbours(int root) {
            Map<Integer, Boolean> seen = new HashMap<>();
            int kept = 0;
            int[] own = links[root];
            for (int i = 0; i < linkCount[root]; i++) {
                int edge = own[i];
                int a = find(edges.from[edge]);
                int b = find(edges.to[edge]);
                int other = a == root ? b : a;
                if (other == root) {
                    continue;
                }
                own[kept++] = edge;
                if (seen.putIfAbsent(other, Boolean.TRUE) == null) {
                    double score = sum(root).dot(sum(other)) / ((double) size[root] * size[other]);
                    if (score >= threshold && mergeable(root, other)) {
                        queue.add(new Candidate(score, root, other, version[root], version[other]));
                    }
                }
            }
            linkCount[root] = kept;
        }

        private Sum sum(int root) {
            return sums[root] != null ? sums[root] : vectors.sum(root);
        }

        List<StoryAssignment> assignments() {
            int n = ordered.size();
            Map<Integer, String> ids = new HashMap<>();
            List<StoryAssignment> assignments = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                int root = find(i);
                String first = ordered.get(i).articleId();
                String id = ids.computeIfAbsent(root, r -> "story-" + first);
                double centrality = size[root] == 1 ? 1.0
                        : Math.min(1.0, Math.max(0.0, vectors.sum(i).dot(sum(root)) / size[root]));
                assignments.add(new StoryAssignment(ordered.get(i).articleId(), id, centrality));
            }
            return assignments;
        }
    }
}
