package dev.briefing.processor.commitment;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import dev.briefing.processor.reference.ReferenceData;
import dev.briefing.processor.summary.Strength;
import org.jspecify.annotations.Nullable;

/**
 * The word knowledge of commitments, at lemma level, from the reference files: modals, committing
 * adjectives and nouns, idle verbs, condition words and hedges (committing verbs are shared with
 * the attribution layer, in {@link dev.briefing.processor.reference.Lexicons}). Immutable.
 */
final class CommitmentWords {

    private static final CommitmentWords STANDARD = new CommitmentWords();

    private final Map<String, Strength> modals = strengths("commitment-modals.tsv");

    private final Map<String, Strength> adjectives = strengths("commitment-adjectives.tsv");

    private final Map<String, Strength> nouns = strengths("commitment-nouns.tsv");

    private final Set<String> idle = new HashSet<>();

    private final Set<String> conditions = new HashSet<>();

    private final Set<String> hedges = new HashSet<>();

    private final Set<String> notConditions = new HashSet<>();

    private CommitmentWords() {
        ReferenceData.rows("idle-verbs.tsv").forEach(row -> idle.add(row[0]));
        for (String[] row : ReferenceData.rows("commitment-conditions.tsv")) {
            switch (row[0]) {
                case "condition" -> conditions.add(row[1]);
                case "hedge" -> hedges.add(row[1]);
                case "not-condition" -> notConditions.add(row[1]);
                default -> throw new IllegalStateException("commitment-conditions.tsv: unknown kind " + row[0]);
            }
        }
    }

    static CommitmentWords standard() {
        return STANDARD;
    }

    @Nullable Strength modal(String lemma) {
        return modals.get(lemma);
    }

    @Nullable Strength adjective(String lemma) {
        return adjectives.get(lemma);
    }

    @Nullable Strength noun(String lemma) {
        return nouns.get(lemma);
    }

    boolean idle(String lemma) {
        return idle.contains(lemma);
    }

    /** Condition phrases ("if", "provided that"), each as its words. */
    Set<String> conditions() {
        return conditions;
    }

    boolean hedge(String word) {
        return hedges.contains(word);
    }

    /** Words before a condition word that keep it from opening a condition ("even if", "as if"). */
    boolean notCondition(String word) {
        return notConditions.contains(word);
    }

    private static Map<String, Strength> strengths(String file) {
        Map<String, Strength> strengths = new HashMap<>();
        ReferenceData.rows(file).forEach(row -> strengths.put(row[0],
                Strength.valueOf(row[1].strip().toUpperCase(Locale.ROOT))));
        return Map.copyOf(strengths);
    }
}
