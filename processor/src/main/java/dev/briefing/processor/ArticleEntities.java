package dev.briefing.processor;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import dev.briefing.processor.summary.Actor;
import dev.briefing.processor.summary.ActorType;
import dev.briefing.processor.summary.Person;
import dev.briefing.processor.text.ArticleDocument;
import dev.briefing.processor.text.Token;
import org.jspecify.annotations.Nullable;

/**
 * The countries, organisations and people an article names, indexed by sentence so that the
 * statement and commitment extractors can find who stands where. Immutable.
 */
public final class ArticleEntities {

    /** A mention with the kind of actor it names. */
    public record Referent(Mention mention, ActorType type) {
    }

    private final List<Mention> countries;

    private final List<Mention> organizations;

    private final PersonExtractor.People people;

    private final Map<Integer, List<Referent>> bySentence;

    /**
     * @param countries     country mentions in text order
     * @param organizations organisation mentions in text order
     * @param people        the people and their mentions
     */
    public ArticleEntities(List<Mention> countries, List<Mention> organizations, PersonExtractor.People people) {
        this.countries = List.copyOf(countries);
        this.organizations = List.copyOf(organizations);
        this.people = people;
        this.bySentence = index();
    }

    /** The code of the country the article names most (the first named among equals), or null. */
    public @Nullable String mainCountry() {
        Map<String, Integer> counts = new HashMap<>();
        countries.forEach(mention -> counts.merge(mention.id(), 1, Integer::sum));
        String main = null;
        for (Mention mention : countries) {
            if (main == null || counts.get(mention.id()) > counts.get(main)) {
                main = mention.id();
            }
        }
        return main;
    }

    public List<Mention> countries() {
        return countries;
    }

    public List<Mention> organizations() {
        return organizations;
    }

    public PersonExtractor.People people() {
        return people;
    }

    /** Every mention of the sentence, ordered by first token (a longer mention first). */
    public List<Referent> in(int sentence) {
        return bySentence.getOrDefault(sentence, List.of());
    }

    /** The mention of the sentence ending just before token {@code end}, preferring a person, or null. */
    public @Nullable Referent endingAt(int sentence, int end) {
        Referent best = null;
        for (Referent referent : in(sentence)) {
            if (referent.mention().to() == end && (best == null || referent.type() == ActorType.PERSON)) {
                best = referent;
            }
        }
        return best;
    }

    /** The mention of the sentence starting at token {@code start}, or null. */
    public @Nullable Referent startingAt(int sentence, int start) {
        for (Referent referent : in(sentence)) {
            if (referent.mention().from() == start) {
                return referent;
            }
        }
        return null;
    }

    /**
     * The person a "he" or "she" at the given place stands for: the last person named at the head of a
     * clause (the likely subject: "Stoltenberg said he ..."), else the last person named, looking back
     * at most {@code reach} sentences.
     */
    public @Nullable Referent lastPersonBefore(ArticleDocument document, int sentence, int token, int reach,
            PersonExtractor.@Nullable Gender gender) {
        for (int s = sentence; s >= 0 && s >= sentence - reach; s--) {
            List<Referent> referents = in(s);
            for (int k = referents.size() - 1; k >= 0; k--) {
                Referent referent = referents.get(k);
                if (referent.type() == ActorType.PERSON && referent.mention().before(sentence, token)
                        && agrees(referent, gender)
                        && headsClause(document.sentences().get(s).tokens(), referent.mention().from())) {
                    return referent;
                }
            }
        }
        for (int s = sentence; s >= 0 && s >= sentence - reach; s--) {
            List<Referent> referents = in(s);
            for (int k = referents.size() - 1; k >= 0; k--) {
                Referent referent = referents.get(k);
                if (referent.type() == ActorType.PERSON && referent.mention().before(sentence, token)
                        && agrees(referent, gender)) {
                    return referent;
                }
            }
        }
        return null;
    }

    /** Whether a person may be the "he" or "she" of the given gender: no gender the text tells against it. */
    public boolean agrees(Referent person, PersonExtractor.@Nullable Gender gender) {
        PersonExtractor.Gender known = people.genders().get(person.mention().id());
        return gender == null || known == null || known == gender;
    }

    /** Whether an actor may be the "he" or "she" of the given gender. */
    public boolean agrees(Actor actor, PersonExtractor.@Nullable Gender gender) {
        PersonExtractor.Gender known = people.genders().get(actor.name());
        return gender == null || known == null || known == gender;
    }

    /**
     * Whether a mention heads a clause, as subjects do: at the start of the sentence or after a comma,
     * quote or colon, reading back over a title before it ("Prime Minister Tony Blair").
     */
    static boolean headsClause(List<Token> tokens, int from) {
        int k = from - 1;
        while (k >= 0 && tokens.get(k).capitalized() && tokens.get(k).word()) {
            k--;
        }
        if (k < 0) {
            return true;
        }
        return switch (tokens.get(k).lower()) {
            case ",", "\"", "“", "”", ":", "but", "and" -> true;
            default -> false;
        };
    }

    /** The last country named before the given place, looking back at most {@code reach} sentences. */
    public @Nullable Referent lastCountryBefore(int sentence, int token, int reach) {
        return lastBefore(sentence, token, reach, ActorType.COUNTRY);
    }

    private @Nullable Referent lastBefore(int sentence, int token, int reach, ActorType type) {
        for (int s = sentence; s >= 0 && s >= sentence - reach; s--) {
            List<Referent> referents = in(s);
            for (int k = referents.size() - 1; k >= 0; k--) {
                Referent referent = referents.get(k);
                if (referent.type() == type && referent.mention().before(sentence, token)) {
                    return referent;
                }
            }
        }
        return null;
    }

    /** The actor a mention names, with the title and affiliation known for a person. */
    public Actor actor(Referent referent) {
        Mention mention = referent.mention();
        return switch (referent.type()) {
            case PERSON -> {
                Person person = person(mention.id());
                yield new Actor(mention.id(), ActorType.PERSON, person == null ? null : person.country(),
                        person == null ? null : person.organization());
            }
            case COUNTRY -> new Actor(mention.name(), ActorType.COUNTRY, mention.id(), null);
            default -> new Actor(mention.name(), ActorType.ORGANIZATION, null, mention.name());
        };
    }

    private @Nullable Person person(String name) {
        for (Person person : people.people()) {
            if (person.name().equals(name)) {
                return person;
            }
        }
        return null;
    }

    private Map<Integer, List<Referent>> index() {
        Map<Integer, List<Referent>> index = new HashMap<>();
        add(index, countries, ActorType.COUNTRY);
        add(index, organizations, ActorType.ORGANIZATION);
        add(index, people.mentions(), ActorType.PERSON);
        index.values().forEach(list -> list.sort(Comparator.comparingInt((Referent r) -> r.mention().from())
                .thenComparing(Comparator.comparingInt((Referent r) -> r.mention().to()).reversed())));
        return index;
    }

    private static void add(Map<Integer, List<Referent>> index, List<Mention> mentions, ActorType type) {
        for (Mention mention : mentions) {
            index.computeIfAbsent(mention.sentence(), s -> new ArrayList<>()).add(new Referent(mention, type));
        }
    }
}
