package dev.briefing.processor.coreference;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.briefing.processor.mention.ArticleMentions;
import dev.briefing.processor.mention.Mention;
import dev.briefing.processor.mention.MentionKind;

/**
 * What the mentions and pronouns of one article stand for. Immutable.
 */
public final class ArticleReferences {

    private final ArticleMentions mentions;

    private final Map<Mention, List<Entity>> byMention;

    private final Map<Long, List<Entity>> byPronoun;

    private final Map<Long, List<Entity>> owned;

    /**
     * @param mentions  every mention, references back included ("the alliance", "the country")
     * @param byMention what each mention stands for
     * @param byPronoun what each resolved pronoun stands for, by {@link #place(int, int)}
     * @param owned     the owners of described things, by the {@link #place(int, int)} of their phrase
     */
    ArticleReferences(ArticleMentions mentions, Map<Mention, List<Entity>> byMention, Map<Long, List<Entity>> byPronoun,
            Map<Long, List<Entity>> owned) {
        this.mentions = mentions;
        this.byMention = Map.copyOf(byMention);
        this.byPronoun = Map.copyOf(byPronoun);
        this.owned = Map.copyOf(owned);
    }

    /** References where nothing was resolved: every mention stands for nothing. */
    public static ArticleReferences unresolved(ArticleMentions mentions) {
        return new ArticleReferences(mentions, Map.of(), Map.of(), Map.of());
    }

    static long place(int sentence, int token) {
        return ((long) sentence << 32) | token;
    }

    public ArticleMentions mentions() {
        return mentions;
    }

    /** What a mention stands for: one entity, several for "the two leaders", none when unresolved. */
    public List<Entity> of(Mention mention) {
        return byMention.getOrDefault(mention, List.of());
    }

    /** What the pronoun at the place stands for; empty when it is no pronoun or was not resolved. */
    public List<Entity> pronoun(int sentence, int token) {
        return byPronoun.getOrDefault(place(sentence, token), List.of());
    }

    /**
     * Who owns the thing described by the noun phrase starting at the token: "Japan" for "its new
     * strategy" after "Japan", and for "the new strategy" after "Japan's strategy"; empty when the
     * text gives no owner.
     */
    public List<Entity> owner(int sentence, int phraseStart) {
        return owned.getOrDefault(place(sentence, phraseStart), List.of());
    }

    /**
     * The entities named or referred to within tokens {@code [from, to)} of a sentence, in text order,
     * each once: its outermost mentions and its resolved pronouns.
     */
    public List<Entity> within(int sentence, int from, int to) {
        Set<Entity> found = new LinkedHashSet<>();
        int covered = from;
        for (int k = from; k < to; k++) {
            if (k < covered) {
                continue;
            }
            Mention mention = outermostStartingAt(sentence, k, to);
            if (mention != null) {
                found.addAll(of(mention));
                covered = mention.to();
                continue;
            }
            found.addAll(pronoun(sentence, k));
        }
        return List.copyOf(found);
    }

    /** The people of the article, each once, in order of first mention. */
    public List<Entity> people() {
        Set<Entity> people = new LinkedHashSet<>();
        for (Mention mention : mentions.of(MentionKind.PERSON)) {
            people.addAll(of(mention));
        }
        return List.copyOf(people);
    }

    /** The mentions that name a country, directly or through a resolved reference, in text order. */
    public List<Mention> countryMentions() {
        return mentions.of(MentionKind.COUNTRY);
    }

    /** The mentions that name an organisation, directly or through a resolved reference. */
    public List<Mention> organizationMentions() {
        return mentions.of(MentionKind.ORGANIZATION);
    }

    private Mention outermostStartingAt(int sentence, int k, int limit) {
        Mention best = null;
        for (Mention mention : mentions.in(sentence)) {
            if (mention.from() == k && mention.to() <= limit && !of(mention).isEmpty()
                    && (best == null || mention.to() > best.to())) {
                best = mention;
            }
        }
        return best;
    }
}
