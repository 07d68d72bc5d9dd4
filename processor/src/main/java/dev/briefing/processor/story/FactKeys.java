package dev.briefing.processor.story;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

import dev.briefing.processor.summary.Actor;
import dev.briefing.processor.summary.Commitment;
import dev.briefing.processor.summary.Position;

/**
 * How facts are recognised across articles and runs. A fact's key (its actors and words, case and
 * punctuation aside) says whether an earlier run reported it; two wordings of one fact within a
 * story are the same fact when they share an actor and most of their words.
 */
public final class FactKeys {

    /** Share of the shorter wording's words the other must hold for two wordings to be one fact. */
    static final double SAME_WORDS = 0.6;

    private FactKeys() {
    }

    public static String of(Commitment commitment) {
        return "c|" + actors(commitment.actors()) + "|" + normal(commitment.action());
    }

    public static String of(Position position) {
        return "p|" + actors(position.holders()) + "|" + position.stance() + "|" + normal(position.statement());
    }

    static boolean same(Commitment a, Commitment b) {
        return shareActor(a.actors(), b.actors()) && similar(a.action(), b.action());
    }

    static boolean same(Position a, Position b) {
        return a.stance() == b.stance() && shareActor(a.holders(), b.holders()) && similar(a.statement(), b.statement());
    }

    private static String actors(List<Actor> actors) {
        Set<String> names = new TreeSet<>();
        actors.forEach(actor -> names.add(normal(actor.name())));
        return String.join(";", names);
    }

    private static boolean shareActor(List<Actor> a, List<Actor> b) {
        Set<String> names = new HashSet<>();
        a.forEach(actor -> names.add(normal(actor.name())));
        return b.stream().anyMatch(actor -> names.contains(normal(actor.name())));
    }

    private static boolean similar(String a, String b) {
        Set<String> left = words(a);
        Set<String> right = words(b);
        if (left.isEmpty() || right.isEmpty()) {
            return false;
        }
        Set<String> shared = new HashSet<>(left);
        shared.retainAll(right);
        return shared.size() >= SAME_WORDS * Math.min(left.size(), right.size());
    }

    private static Set<String> words(String text) {
        Set<String> words = new HashSet<>();
        for (String word : normal(text).split(" ")) {
            if (word.length() > 2) {
                words.add(word);
            }
        }
        return words;
    }

    private static String normal(String text) {
        return text.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    }
}
