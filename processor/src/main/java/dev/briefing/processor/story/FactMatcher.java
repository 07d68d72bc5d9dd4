package dev.briefing.processor.story;

import java.text.Normalizer;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import dev.briefing.processor.summary.Actor;
import dev.briefing.processor.summary.ActorType;
import dev.briefing.processor.summary.Commitment;
import dev.briefing.processor.summary.Position;
import dev.briefing.processor.summary.Stance;
import org.jspecify.annotations.Nullable;

/**
 * Tells whether two reports, by different articles of one story, are the same fact: a position of
 * the same holder with the same substance, or a commitment of the same actor to the same action.
 *
 * <p>Holders are compared as resolved: two people are the same when they share a name ("Xi" and
 * "Xi Jinping", accents aside); a person and a country or organisation are the same holder when the
 * person speaks for it (Fumio Kishida for Japan); countries and organisations by code and name.
 * Opposite stances (support against criticism, rejection or concern) and a commitment against its
 * negation are never the same fact. The substance is compared as the IDF-weighted cosine of the
 * content words ({@link ContentWords}) of the two sentences and wordings, the holders' own names
 * left out, the weights learnt from the story's facts: paraphrases share their key terms and
 * entities, not their strings. Two positions are also compared on their statements alone when those
 * share {@link #SHARED_SAID} words: a statement reported inside different sentences ("Xi called the
 * announcement historic" in one, "Xi described the expansion as historic, while Modi said ..." in
 * another) is lost among their other words.
 */
final class FactMatcher {

    /** Name tokens shorter than this ("al", "da") do not tell an actor in a sentence. */
    private static final int NAME_TOKEN = 3;

    /**
     * Content words two statements must share to be compared on their own, apart from the sentences
     * around them: one word in common ("policy") tells two statements of a speaker apart no better
     * than chance.
     */
    static final int SHARED_SAID = 2;

    private static final Set<String> NEGATIONS = Set.of("not", "never", "no", "n't", "without");

    /**
     * A fact as the matcher compares it.
     *
     * @param persons   name tokens of the people holding it
     * @param parties   the countries (codes and names) and organisations holding it or spoken for
     * @param polarity  +1 support or an affirmed commitment, -1 criticism, concern, rejection or a
     *                  negated commitment, 0 neither
     * @param words     content words of its sentence and wording, its holders' names left out
     * @param actors    for a commitment, the name tokens of each of its actors; empty for a position
     * @param tokens    every token of its sentence, lower case, accents off
     * @param said      for a position, the content words of its statement alone, its holders' names
     *                  left out; empty for a commitment
     */
    record Profile(Set<String> persons, Set<String> parties, int polarity, Set<String> words, List<Set<String>> actors,
            Set<String> tokens, Set<String> said) {
    }

    private final Map<String, Integer> df = new HashMap<>();

    private int facts;

    Profile profile(Position position) {
        return profile(position.holders(), polarity(position.stance()), position.statement(),
                position.statement() + " " + position.sentence(), false);
    }

    Profile profile(Commitment commitment) {
        List<Actor> actors = commitment.statedBy() == null ? commitment.actors()
                : concat(commitment.actors(), commitment.statedBy());
        return profile(actors, negated(commitment.action()) ? -1 : 1, "",
                commitment.action() + " " + commitment.sentence(), true);
    }

    /** Learns the weight of the words of a fact of the story: a word most facts share weighs little. */
    void learn(Profile profile) {
        facts++;
        profile.words().forEach(word -> df.merge(word, 1, Integer::sum));
    }

    /** The similarity of two facts' substance in [0, 1]; 0 when their holders or stances differ. */
    double similarity(Profile a, Profile b) {
        if (!sameHolder(a, b) || a.polarity() * b.polarity() < 0) {
            return 0;
        }
        double whole = cosine(a.words(), b.words());
        return shared(a.said(), b.said()) >= SHARED_SAID ? Math.max(whole, cosine(a.said(), b.said())) : whole;
    }

    private static int shared(Set<String> a, Set<String> b) {
        int shared = 0;
        for (String word : a) {
            shared += b.contains(word) ? 1 : 0;
        }
        return shared;
    }

    double cosine(Set<String> a, Set<String> b) {
        double dot = 0;
        for (String word : a) {
            if (b.contains(word)) {
                dot += Math.pow(idf(word), 2);
            }
        }
        double norms = norm(a) * norm(b);
        return norms == 0 ? 0 : dot / norms;
    }

    /** Share of the words of {@code part} (weighted) that {@code whole} has too. */
    double containment(Set<String> part, Set<String> whole) {
        double shared = 0;
        double all = 0;
        for (String word : part) {
            double w = Math.pow(idf(word), 2);
            all += w;
            if (whole.contains(word)) {
                shared += w;
            }
        }
        return all == 0 ? 0 : shared / all;
    }

    private double norm(Set<String> words) {
        double sum = 0;
        for (String word : words) {
            sum += Math.pow(idf(word), 2);
        }
        return Math.sqrt(sum);
    }

    private double idf(String word) {
        return Math.log(1.0 + (double) Math.max(facts, 1) / df.getOrDefault(word, 1));
    }

    /**
     * Whether two facts have the same holder: the same people, or else the same countries or
     * organisations. Two commitments also do when each names an actor of the other in its sentence:
     * a joint undertaking ("Russia and Ukraine will sign", "Erdogan and Guterres plan to sign")
     * resolved to different parties of it by different outlets.
     */
    static boolean sameHolder(Profile a, Profile b) {
        boolean same = !a.persons().isEmpty() && !b.persons().isEmpty() ? intersects(a.persons(), b.persons())
                : intersects(a.parties(), b.parties());
        return same || mentions(a.actors(), b.tokens()) && mentions(b.actors(), a.tokens());
    }

    private static boolean mentions(List<Set<String>> actors, Set<String> tokens) {
        return actors.stream().anyMatch(actor -> intersects(actor, tokens));
    }

    private static Profile profile(List<Actor> actors, int polarity, String statement, String text,
            boolean commitment) {
        Set<String> persons = new HashSet<>();
        Set<String> parties = new HashSet<>();
        Set<String> own = new HashSet<>();
        List<Set<String>> named = new java.util.ArrayList<>();
        for (Actor actor : actors) {
            List<String> tokens = tokens(actor.name());
            if (commitment) {
                named.add(tokens.stream().filter(token -> token.length() >= NAME_TOKEN)
                        .collect(java.util.stream.Collectors.toSet()));
            }
            own.addAll(ContentWords.of(actor.name()));
            if (actor.type() == ActorType.PERSON) {
                tokens.stream().filter(token -> token.length() >= 2).forEach(persons::add);
            }
            else {
                parties.add(String.join(" ", tokens));
            }
            if (actor.country() != null) {
                parties.add(actor.country().toLowerCase(Locale.ROOT));
            }
            if (actor.organization() != null) {
                parties.add(String.join(" ", tokens(actor.organization())));
            }
        }
        Set<String> words = new HashSet<>(ContentWords.of(text));
        words.removeAll(own);
        Set<String> said = new HashSet<>(ContentWords.of(statement));
        said.removeAll(own);
        return new Profile(Set.copyOf(persons), Set.copyOf(parties), polarity, Set.copyOf(words), List.copyOf(named),
                Set.copyOf(tokens(text)), Set.copyOf(said));
    }

    private static List<String> tokens(String name) {
        String plain = Normalizer.normalize(name.replace('ı', 'i'), Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return List.of(plain.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")).stream().filter(t -> !t.isEmpty())
                .toList();
    }

    private static int polarity(Stance stance) {
        return switch (stance) {
            case SUPPORT -> 1;
            case CONCERN, CRITICISM, REJECTION -> -1;
            case DEMAND, STATEMENT -> 0;
        };
    }

    private static boolean negated(String action) {
        for (String token : action.toLowerCase(Locale.ROOT).split("[^\\p{L}']+")) {
            if (NEGATIONS.contains(token) || token.endsWith("n't")) {
                return true;
            }
        }
        return false;
    }

    private static boolean intersects(Set<String> a, Set<String> b) {
        for (String item : a) {
            if (b.contains(item)) {
                return true;
            }
        }
        return false;
    }

    private static List<Actor> concat(List<Actor> actors, @Nullable Actor more) {
        if (more == null) {
            return actors;
        }
        return java.util.stream.Stream.concat(actors.stream(), java.util.stream.Stream.of(more)).toList();
    }
}
