package dev.briefing.processor.commitment;

import java.util.Locale;
import java.util.Set;

import dev.briefing.processor.coreference.Entity;
import dev.briefing.processor.reference.WordClasses;
import dev.briefing.processor.summary.Actor;
import dev.briefing.processor.summary.ActorType;

/**
 * Which described groups can commit: those with a country or organisation ("Ukrainian
 * negotiators"), and plural ones whose head names a party that acts as a whole ("the donors",
 * "Pacific island leaders", "the two sides"; {@code word-classes.tsv}'s acting-group), not "voters"
 * or "analysts", nor everyone concerned ("all parties shall exercise restraint"). Thread-safe: immutable.
 */
final class ActingGroups {

    private static final Set<String> ACTING = WordClasses.standard().of("acting-group");

    /** The words that attach an affiliation after a group's head: "participants in the summit". */
    private static final Set<String> LINKS = Set.of("of", "for", "at", "in", "from", "with", "to");

    private static final String EVERYONE = "all ";

    private static final String DEFINITE = "the ";

    private ActingGroups() {
    }

    static boolean canAct(Entity entity) {
        if (entity.type() != ActorType.GROUP) {
            return true;
        }
        return entity.country() != null || entity.organization() != null
                || entity.plural() && !everyone(entity.name()) && ACTING.contains(singular(head(entity.name())));
    }

    /** "all parties", "all sides": everyone concerned, whom a statement calls on rather than commits. */
    static boolean everyone(String name) {
        return name.toLowerCase(Locale.ROOT).startsWith(EVERYONE);
    }

    /** The actor a commitment names for the entity: a described group without its article ("donors" for "the donors"). */
    static Actor actor(Entity entity) {
        Actor actor = entity.actor();
        String name = actor.name();
        boolean article = entity.type() == ActorType.GROUP && name.length() > DEFINITE.length()
                && name.regionMatches(true, 0, DEFINITE, 0, DEFINITE.length());
        return article ? new Actor(name.substring(DEFINITE.length()), actor.type(), actor.country(), actor.organization())
                : actor;
    }

    /** The group's head word: the last before an attached affiliation ("participants" of "participants in the summit"). */
    static String head(String name) {
        String[] words = name.toLowerCase(Locale.ROOT).split("\\s+");
        String head = words[words.length - 1];
        for (int k = 1; k < words.length; k++) {
            if (LINKS.contains(words[k])) {
                return words[k - 1];
            }
        }
        return head;
    }

    /** A regular plural's singular, the acting-group class's lemma: "parties" as "party", "donors" as "donor". */
    static String singular(String plural) {
        if (plural.endsWith("ies") && plural.length() > 3) {
            return plural.substring(0, plural.length() - 3) + "y";
        }
        return plural.endsWith("s") ? plural.substring(0, plural.length() - 1) : plural;
    }
}
