package dev.briefing.processor.mention;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * Every mention of an article, indexed by sentence, ordered by first token (a longer mention first).
 * Immutable.
 */
public final class ArticleMentions {

    private final List<Mention> all;

    private final Map<Integer, List<Mention>> bySentence;

    public ArticleMentions(List<Mention> mentions) {
        List<Mention> sorted = new ArrayList<>(mentions);
        sorted.sort(Comparator.comparingInt(Mention::sentence).thenComparingInt(Mention::from)
                .thenComparing(Comparator.comparingInt(Mention::to).reversed()));
        this.all = List.copyOf(sorted);
        Map<Integer, List<Mention>> index = new HashMap<>();
        all.forEach(mention -> index.computeIfAbsent(mention.sentence(), s -> new ArrayList<>()).add(mention));
        index.replaceAll((s, list) -> List.copyOf(list));
        this.bySentence = Map.copyOf(index);
    }

    /** Every mention in text order. */
    public List<Mention> all() {
        return all;
    }

    public List<Mention> of(MentionKind kind) {
        return all.stream().filter(mention -> mention.kind() == kind).toList();
    }

    public List<Mention> in(int sentence) {
        return bySentence.getOrDefault(sentence, List.of());
    }

    /** The longest mention covering the token, preferring a person, or null. */
    public @Nullable Mention at(int sentence, int token) {
        Mention best = null;
        for (Mention mention : in(sentence)) {
            if (mention.covers(token) && (best == null || mention.to() - mention.from() > best.to() - best.from())) {
                best = mention;
            }
        }
        return best;
    }

    /** The mention ending just before token {@code end}, preferring a person, then the longest, or null. */
    public @Nullable Mention endingAt(int sentence, int end) {
        Mention best = null;
        for (Mention mention : in(sentence)) {
            if (mention.to() == end && (best == null || better(mention, best))) {
                best = mention;
            }
        }
        return best;
    }

    /** The mention starting at token {@code start}, preferring a person, then the longest, or null. */
    public @Nullable Mention startingAt(int sentence, int start) {
        Mention best = null;
        for (Mention mention : in(sentence)) {
            if (mention.from() == start && (best == null || better(mention, best))) {
                best = mention;
            }
        }
        return best;
    }

    /** The mentions lying within tokens {@code [from, to)} of the sentence, in order. */
    public List<Mention> within(int sentence, int from, int to) {
        List<Mention> found = new ArrayList<>();
        for (Mention mention : in(sentence)) {
            if (mention.from() >= from && mention.to() <= to) {
                found.add(mention);
            }
        }
        return found;
    }

    private static boolean better(Mention candidate, Mention best) {
        if (candidate.kind() == MentionKind.PERSON && best.kind() != MentionKind.PERSON) {
            return true;
        }
        return candidate.kind() == best.kind() && candidate.to() - candidate.from() > best.to() - best.from();
    }
}
