package dev.briefing.processor.story;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

import dev.briefing.processor.summary.Actor;
import dev.briefing.processor.summary.Commitment;
import dev.briefing.processor.summary.Position;

/**
 * How facts are recognised across runs: a fact's key (its actors and words, case and punctuation
 * aside) says whether an earlier run reported it. Within a story, {@link FactMatcher} tells two
 * wordings of one fact.
 */
public final class FactKeys {

    private FactKeys() {
    }

    public static String of(Commitment commitment) {
        return "c|" + actors(commitment.actors()) + "|" + normal(commitment.action());
    }

    public static String of(Position position) {
        return "p|" + actors(position.holders()) + "|" + position.stance() + "|" + normal(position.statement());
    }

    private static String actors(List<Actor> actors) {
        Set<String> names = new TreeSet<>();
        actors.forEach(actor -> names.add(normal(actor.name())));
        return String.join(";", names);
    }

    private static String normal(String text) {
        return text.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    }
}
