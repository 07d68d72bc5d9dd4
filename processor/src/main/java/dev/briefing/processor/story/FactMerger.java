package dev.briefing.processor.story;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

import dev.briefing.processor.summary.ArticleSummary;
import dev.briefing.processor.summary.Commitment;
import dev.briefing.processor.summary.Position;

/**
 * Merges the facts a story's articles report into one fact per substance, each listing every
 * article that reports it with its own sentence (two outlets corroborate it).
 *
 * <p>Articles are taken most representative first, so a fact keeps the wording of the article that
 * best represents the story. A report joins the fact it is most similar to ({@link FactMatcher})
 * when that similarity reaches {@link #SAME_FACT}, no report of the fact comes from the same article,
 * and its holder and stance agree with every report of the fact; else it is a fact of its own. A
 * position one article reports may corroborate a commitment another reports in almost the same words
 * ({@link #SAME_WORDS}): then it is listed as a source of that commitment. Of a passage of several
 * sentences, a source keeps the sentences the other sources share ({@link #CORROBORATED_SENTENCE});
 * and such a passage is also a source, with that sentence, of each other fact one of its sentences
 * alone is the same as (an outlet quoting at length what others report as separate statements).
 */
final class FactMerger {

    static final double SAME_FACT = 0.25;

    static final double SAME_WORDS = 0.6;

    /** The step at which similarities are compared. */
    static final double PRECISION = 1e-9;

    /** Reports of a fact a new report is compared with. */
    static final int COMPARED = 4;

    /** Share of a sentence's (weighted) words other sources have for the sentence to be kept. */
    static final double CORROBORATED_SENTENCE = 0.5;

    private record Report<T>(T fact, ArticleSummary article, FactMatcher.Profile profile, String sentence, int start,
            String wording, String key) {
    }

    private static final class Fact<T> {

        final List<Report<?>> reports = new ArrayList<>();

        final Set<String> articles = new HashSet<>();

        final T anchor;

        Fact(Report<T> first) {
            anchor = first.fact();
            add(first);
        }

        void add(Report<?> report) {
            reports.add(report);
            articles.add(report.article().id());
        }
    }

    private final FactMatcher matcher = new FactMatcher();

    private final Predicate<String> reportedBefore;

    private final List<Fact<Commitment>> commitments = new ArrayList<>();

    private final List<Fact<Position>> positions = new ArrayList<>();

    FactMerger(List<ArticleSummary> articles, Predicate<String> reportedBefore) {
        this.reportedBefore = reportedBefore;
        List<Report<Commitment>> committed = new ArrayList<>();
        List<Report<Position>> stated = new ArrayList<>();
        for (ArticleSummary article : articles) {
            for (Commitment c : article.commitments()) {
                committed.add(new Report<>(c, article, matcher.profile(c), c.sentence(), c.start(), c.action(),
                        FactKeys.of(c)));
            }
            for (Position p : article.positions()) {
                stated.add(new Report<>(p, article, matcher.profile(p), p.sentence(), p.start(), p.statement(),
                        FactKeys.of(p)));
            }
        }
        committed.forEach(r -> matcher.learn(r.profile()));
        stated.forEach(r -> matcher.learn(r.profile()));
        committed.forEach(r -> merge(commitments, r, SAME_FACT));
        stated.forEach(this::mergePosition);
        stated.forEach(this::joinPassage);
    }

    /**
     * A passage of several sentences ("'It is a balanced plan ...,' said Al Jaber. 'It is built on
     * common ground. ... It is a historic package ...'") reports what other outlets report as
     * separate statements: besides the fact it joined as a whole, it is a source of each other fact
     * of its holder that one of its sentences alone is the same as, with that sentence.
     */
    private void joinPassage(Report<Position> report) {
        List<Sentences.Span> spans = Sentences.of(report.sentence());
        if (spans.size() < 2) {
            return;
        }
        for (Sentences.Span span : spans) {
            String piece = report.sentence().substring(span.start(), span.end());
            Position part = new Position(report.fact().holders(), report.fact().stance(), report.fact().about(), piece,
                    null, piece, report.start() + span.start(), report.start() + span.end());
            Report<Position> sentence = new Report<>(part, report.article(), matcher.profile(part), piece,
                    part.start(), report.wording(), report.key());
            Fact<Position> best = best(positions, sentence, SAME_FACT);
            if (best != null) {
                best.add(sentence);
            }
        }
    }

    private void mergePosition(Report<Position> report) {
        Fact<Commitment> commitment = best(commitments, report, SAME_WORDS);
        if (commitment != null) {
            commitment.add(report);
        }
        else {
            merge(positions, report, SAME_FACT);
        }
    }

    private <T> void merge(List<Fact<T>> facts, Report<T> report, double threshold) {
        Fact<T> best = best(facts, report, threshold);
        if (best == null) {
            facts.add(new Fact<>(report));
        }
        else {
            best.add(report);
        }
    }

    /**
     * The fact the report is most similar to, at least at the threshold. Of facts as similar (two
     * positions of one sentence: "denied his claims, accusing the Tories of ..."), the one of the
     * report's own stance, then the one found first: similarities are compared at {@link #PRECISION}, so
     * that the last bits of a sum, which depend on the order its words were added in, decide nothing.
     */
    private <T> Fact<T> best(List<Fact<T>> facts, Report<?> report, double threshold) {
        Fact<T> best = null;
        double bestScore = threshold;
        boolean bestSameStance = false;
        for (Fact<T> fact : facts) {
            if (fact.articles.contains(report.article().id())) {
                continue;
            }
            double score = Math.round(score(fact, report) / PRECISION) * PRECISION;
            boolean sameStance = sameStance(fact.anchor, report.fact());
            boolean better = best == null ? score >= bestScore
                    : score > bestScore || score == bestScore && sameStance && !bestSameStance;
            if (better) {
                best = fact;
                bestScore = score;
                bestSameStance = sameStance;
            }
        }
        return best;
    }

    private static boolean sameStance(Object anchor, Object fact) {
        return anchor instanceof Position a && fact instanceof Position b && a.stance() == b.stance();
    }

    /**
     * The report's best similarity to the first {@link #COMPARED} reports of the fact, 0 if it disagrees
     * with any of them: a fact of a hundred reports is compared as its first few, so the merging of a
     * story grows with its reports, not with their square.
     */
    private double score(Fact<?> fact, Report<?> report) {
        double best = 0;
        for (Report<?> other : fact.reports.subList(0, Math.min(COMPARED, fact.reports.size()))) {
            double similarity = matcher.similarity(other.profile(), report.profile());
            if (!FactMatcher.sameHolder(other.profile(), report.profile())
                    || other.profile().polarity() * report.profile().polarity() < 0) {
                return 0;
            }
            best = Math.max(best, similarity);
        }
        return best;
    }

    List<CorroboratedCommitment> commitments() {
        return commitments.stream().map(f -> new CorroboratedCommitment(f.anchor, sources(f), fresh(f))).toList();
    }

    List<CorroboratedPosition> positions() {
        return positions.stream().map(f -> new CorroboratedPosition(f.anchor, sources(f), fresh(f))).toList();
    }

    private boolean fresh(Fact<?> fact) {
        return fact.reports.stream().noneMatch(r -> reportedBefore.test(r.key()));
    }

    private List<Source> sources(Fact<?> fact) {
        List<Source> sources = new ArrayList<>();
        for (Report<?> report : fact.reports) {
            Set<String> others = new HashSet<>();
            fact.reports.stream().filter(r -> r != report).forEach(r -> others.addAll(r.profile().words()));
            Sentences.Span span = others.isEmpty() ? null : corroborated(report.sentence(), others);
            String sentence = span == null ? report.sentence() : report.sentence().substring(span.start(), span.end());
            int start = report.start() + (span == null ? 0 : span.start());
            sources.add(new Source(report.article().id(), report.article().source(), sentence, start,
                    start + sentence.length(), report.wording()));
        }
        return sources;
    }

    /** The sentences of a passage from the first to the last that the other sources' words cover. */
    private Sentences.Span corroborated(String passage, Set<String> others) {
        List<Sentences.Span> spans = Sentences.of(passage);
        if (spans.size() < 2) {
            return null;
        }
        int first = -1;
        int last = -1;
        for (int i = 0; i < spans.size(); i++) {
            Set<String> words = new HashSet<>(ContentWords.of(passage.substring(spans.get(i).start(), spans.get(i).end())));
            if (!words.isEmpty() && matcher.containment(words, others) >= CORROBORATED_SENTENCE) {
                first = first < 0 ? i : first;
                last = i;
            }
        }
        return first < 0 ? null : new Sentences.Span(spans.get(first).start(), spans.get(last).end());
    }
}
