package dev.briefing.processor.story;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Groups articles by the similarity of their TF-IDF vectors, then clusters them by group average
 * (average-link agglomerative clustering) down to a {@link #THRESHOLD}.
 *
 * <p>An article's vector weighs each of its features (content words, people, organisations,
 * countries) by how often it has it (1 + ln tf), how rare the feature is in the run (ln(1 + n/df))
 * and its kind (a person or organisation says more than a word, a country less). Two articles are
 * compared only when they share one of their {@link #BLOCKING_FEATURES} most weighty features
 * (blocking): of the articles before it that share each, an article looks at the last
 * {@link #POSTINGS}, and of those it is compared with the {@link #CANDIDATES} that share most, so the cost grows with
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
    static final double LINK_MINIMUM = 0.1;

    static final int MAX_DAYS = 4;

    static final int MAX_ARTICLES = 100;

    static final int BLOCKING_FEATURES = 12;

    static final int POSTINGS = 64;

    static final int CANDIDATES = 12;

    /** Pairs a merged story proposes for merging next, of those it links to. */
    static final int RESCORED = 4;

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

        /** How many articles of the run have each hashed feature, up to 65,535. */
        private final char[] df = new char[1 << Feature.HASH_BITS];

        /** The IDF of a feature by its document frequency: a table, as frequencies are small numbers. */
        private final float[] idfOf = new float[Character.MAX_VALUE + 1];

        Vectors(List<StoryKey> ordered) {
            int articles = ordered.size();
            features = new int[articles][];
            for (int i = 0; i < articles; i++) {
                features[i] = ordered.get(i).features();
                for (int packed : features[i]) {
                    int h = Feature.hash(packed);
                    if (df[h] < Character.MAX_VALUE) {
                        df[h]++;
                    }
                }
            }
            for (int frequency = 1; frequency < idfOf.length; frequency++) {
                idfOf[frequency] = (float) Math.log(1.0 + (double) articles / frequency);
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
            return KIND_WEIGHTS[Feature.kind(packed)] * TF[Feature.count(packed)] * idfOf[df[Feature.hash(packed)]];
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

        int[] from;

        int[] to;

        float[] similarity;

        Links(Vectors vectors, List<StoryKey> ordered) {
            int n = ordered.size();
            from = new int[Math.max(16, n * 2)];
            to = new int[from.length];
            similarity = new float[from.length];
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
                int grown = count + count / 2;
                from = Arrays.copyOf(from, grown);
                to = Arrays.copyOf(to, grown);
                similarity = Arrays.copyOf(similarity, grown);
            }
            from[count] = a;
            to[count] = b;
            similarity[count++] = cosine;
        }
    }

    /** Which articles have each blocking feature, in article order; an article looks at the last {@link #POSTINGS} before it. */
    static final class Postings {

        private final long[] entries;

        Postings(int[][] blocking) {
            int total = 0;
            for (int[] features : blocking) {
                total += features.length;
            }
            entries = new long[total];
            int n = 0;
            for (int article = 0; article < blocking.length; article++) {
                for (int feature : blocking[article]) {
                    entries[n++] = (long) feature << 32 | article;
                }
            }
            Arrays.sort(entries);
        }

        /** Gives the consumer the articles before this one that have the feature, most recent first. */
        void before(int feature, int article, java.util.function.IntConsumer consumer) {
            int i = Arrays.binarySearch(entries, (long) feature << 32 | article);
            i = (i < 0 ? -i - 1 : i) - 1;
            for (int seen = 0; i >= 0 && entries[i] >>> 32 == feature && seen < POSTINGS; i--, seen++) {
                consumer.accept((int) entries[i]);
            }
        }
    }

    /** A binary max-heap of scored pairs of stories in primitive arrays, ties to the lower pair. */
    static final class CandidateHeap {

        private float[] scores = new float[64];

        private int[] as = new int[64];

        private int[] bs = new int[64];

        private int size;

        boolean isEmpty() {
            return size == 0;
        }

        double topScore() {
            return scores[0];
        }

        int topA() {
            return as[0];
        }

        int topB() {
            return bs[0];
        }

        void push(double score, int a, int b) {
            if (size == scores.length) {
                scores = Arrays.copyOf(scores, size * 2);
                as = Arrays.copyOf(as, size * 2);
                bs = Arrays.copyOf(bs, size * 2);
            }
            int i = size++;
            set(i, (float) score, a, b);
            while (i > 0 && before((i - 1) / 2, i) == i) {
                swap(i, (i - 1) / 2);
                i = (i - 1) / 2;
            }
        }

        void pop() {
            size--;
            set(0, scores[size], as[size], bs[size]);
            int i = 0;
            while (true) {
                int best = i;
                for (int child = 2 * i + 1; child <= 2 * i + 2 && child < size; child++) {
                    best = before(best, child);
                }
                if (best == i) {
                    return;
                }
                swap(i, best);
                i = best;
            }
        }

        private int before(int x, int y) {
            if (scores[x] != scores[y]) {
                return scores[x] > scores[y] ? x : y;
            }
            if (as[x] != as[y]) {
                return as[x] < as[y] ? x : y;
            }
            return bs[x] <= bs[y] ? x : y;
        }

        private void set(int i, float score, int a, int b) {
            scores[i] = score;
            as[i] = a;
            bs[i] = b;
        }

        private void swap(int x, int y) {
            float score = scores[x];
            int a = as[x];
            int b = bs[x];
            set(x, scores[y], as[y], bs[y]);
            set(y, score, a, b);
        }
    }

    /** Average-link agglomeration of the articles over their links. */
    static final class Clusters {


        private final Vectors vectors;

        private final List<StoryKey> ordered;

        private final double threshold;

        private final int[] parent;

        private final int[] size;


        private final int[] first;

        private final int[] last;

        private final Sum[] sums;

        /** The links of each article: {@code edges} from {@code offsets[a]} to {@code offsets[a + 1]}. */
        private final int[] offsets;

        private final int[] adjacency;

        /** The members of each story as a list: its root first, then {@code next} until -1. */
        private final int[] next;

        private final int[] tail;

        private final Links edges;

        /** The links at or above the threshold, most similar first: the merges to try first. */
        private final int[] strongest;

        /** Pairs of stories rescored after a merge, best first. */
        private final CandidateHeap rescored = new CandidateHeap();

        Clusters(Vectors vectors, List<StoryKey> ordered, Links edges, double threshold) {
            this.vectors = vectors;
            this.ordered = ordered;
            this.edges = edges;
            this.threshold = threshold;
            int n = ordered.size();
            parent = new int[n];
            size = new int[n];
            first = new int[n];
            last = new int[n];
            sums = new Sum[n];
            next = new int[n];
            tail = new int[n];
            offsets = new int[n + 1];
            for (int e = 0; e < edges.count; e++) {
                offsets[edges.from[e] + 1]++;
                offsets[edges.to[e] + 1]++;
            }
            for (int i = 0; i < n; i++) {
                offsets[i + 1] += offsets[i];
            }
            adjacency = new int[offsets[n]];
            int[] filled = Arrays.copyOf(offsets, n);
            for (int e = 0; e < edges.count; e++) {
                adjacency[filled[edges.from[e]]++] = e;
                adjacency[filled[edges.to[e]]++] = e;
            }
            for (int i = 0; i < n; i++) {
                next[i] = -1;
                tail[i] = i;
                parent[i] = i;
                size[i] = 1;
                LocalDate published = ordered.get(i).published();
                first[i] = published == null ? NO_DATE : (int) published.toEpochDay();
                last[i] = first[i];
            }
            strongest = strongest(edges, threshold);
        }

        private static int[] strongest(Links edges, double threshold) {
            long[] keys = new long[edges.count];
            int n = 0;
            for (int e = 0; e < edges.count; e++) {
                if (edges.similarity[e] >= threshold) {
                    keys[n++] = (long) (Integer.MAX_VALUE - Float.floatToIntBits(edges.similarity[e])) << 32 | e;
                }
            }
            keys = Arrays.copyOf(keys, n);
            Arrays.sort(keys);
            int[] order = new int[n];
            for (int i = 0; i < n; i++) {
                order[i] = (int) keys[i];
            }
            return order;
        }

        int find(int i) {
            while (parent[i] != i) {
                parent[i] = parent[parent[i]];
                i = parent[i];
            }
            return i;
        }

        /**
         * Merges the most similar pair of stories while their group average reaches the threshold: the
         * links, strongest first, propose pairs of single articles; pairs rescored after a merge come
         * from a heap. A pair whose score changed since it was proposed is rescored, not merged.
         */
        void merge() {
            int nextLink = 0;
            while (true) {
                double linkScore = nextLink < strongest.length ? edges.similarity[strongest[nextLink]] : -1;
                double heapScore = rescored.isEmpty() ? -1 : rescored.topScore();
                if (Math.max(linkScore, heapScore) < threshold) {
                    return;
                }
                int a;
                int b;
                double score;
                if (linkScore >= heapScore) {
                    int edge = strongest[nextLink++];
                    a = edges.from[edge];
                    b = edges.to[edge];
                    score = linkScore;
                }
                else {
                    score = heapScore;
                    a = rescored.topA();
                    b = rescored.topB();
                    rescored.pop();
                }
                int ra = find(a);
                int rb = find(b);
                if (ra == rb) {
                    continue;
                }
                double actual = ra == a && rb == b && size[a] == 1 && size[b] == 1 ? score
                        : sum(ra).dot(sum(rb)) / ((double) size[ra] * size[rb]);
                if (ra != a || rb != b || Math.abs(actual - score) > 1e-6) {
                    if (actual >= threshold && mergeable(ra, rb)) {
                        rescored.push(actual, Math.min(ra, rb), Math.max(ra, rb));
                    }
                    continue;
                }
                if (mergeable(ra, rb)) {
                    int absorbed = size[ra] >= size[rb] ? rb : ra;
                    neighbours(union(ra, rb), absorbed);
                }
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
            if (first[root] == NO_DATE || first[other] != NO_DATE && first[other] < first[root]) {
                first[root] = first[other];
            }
            last[root] = Math.max(last[root], last[other]);
            next[tail[root]] = other;
            tail[root] = tail[other];
            return root;
        }

        /**
         * Rescores the merged story against the stories that the members of the smaller of the two
         * it was made of link to, and proposes the {@link #RESCORED} best of them: the links still to
         * come propose the others, so the pairs waiting stay few however large a story grows, and a
         * member is rescanned only when its story at least doubles (small into large).
         */
        private void neighbours(int root, int absorbed) {
            Map<Integer, Double> scores = new HashMap<>();
            for (int member = absorbed; member >= 0; member = next[member]) {
                for (int k = offsets[member]; k < offsets[member + 1]; k++) {
                    int edge = adjacency[k];
                    int a = find(edges.from[edge]);
                    int b = find(edges.to[edge]);
                    int other = a == root ? b : a;
                    if (other != root && !scores.containsKey(other)) {
                        scores.put(other, mergeable(root, other)
                                ? sum(root).dot(sum(other)) / ((double) size[root] * size[other]) : 0.0);
                    }
                }
            }
            scores.entrySet().stream().filter(e -> e.getValue() >= threshold)
                    .sorted(Map.Entry.<Integer, Double>comparingByValue().reversed()
                            .thenComparing(Map.Entry.comparingByKey()))
                    .limit(RESCORED)
                    .forEach(e -> rescored.push(e.getValue(), Math.min(root, e.getKey()), Math.max(root, e.getKey())));
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
