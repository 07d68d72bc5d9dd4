package dev.briefing.processor.mention;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import dev.briefing.processor.reference.Lexicons;
import dev.briefing.processor.reference.WordClasses;
import dev.briefing.processor.text.ArticleDocument;
import dev.briefing.processor.text.Chunk;
import dev.briefing.processor.text.Pos;
import dev.briefing.processor.text.Sentence;
import dev.briefing.processor.text.Token;

/**
 * Finds the sources an article describes instead of naming: noun phrases headed by a noun of
 * {@code source-nouns.tsv} ("officials", "a senior Japanese diplomat", "the ministry", "a spokesman
 * for the Clinton campaign"), with the country and organisation their words give them ("Japanese":
 * JP; "the Clinton campaign"). A phrase whose head is a name is the named one's, not a source of its
 * own ("Prime Minister Fumio Kishida"); one that only holds a name is ("the Trump campaign").
 *
 * <p>Returns {@link MentionKind#GROUP} mentions in text order, keyed by their words. Thread-safe.
 */
public final class DescribedSourceExtractor {

    /**
     * Prepositions that attach a described source's affiliation: "officials in Tokyo", "a spokesman
     * for", "an adviser to", "the ambassador to the UN".
     */
    private static final Set<String> LINKS = Set.of("of", "for", "at", "in", "from", "with", "to");

    /** Meetings whose participants a described group may be ({@code word-classes.tsv}'s gathering). */
    private static final Set<String> GATHERINGS = WordClasses.standard().of("gathering");

    /** A second preposition before the place a group comes from ({@code word-classes.tsv}'s place-preposition). */
    private static final Set<String> PLACE_PREPOSITIONS = WordClasses.standard().of("place-preposition");

    private final Lexicons lexicons;

    public DescribedSourceExtractor(Lexicons lexicons) {
        this.lexicons = lexicons;
    }

    /**
     * @param named the article's person, country and organisation mentions
     */
    public List<Mention> extract(ArticleDocument document, ArticleMentions named) {
        List<Mention> mentions = new ArrayList<>();
        for (Sentence sentence : document.sentences()) {
            for (Chunk chunk : sentence.chunks()) {
                if (chunk.kind() == Chunk.Kind.NOUN_PHRASE) {
                    Mention mention = described(document, sentence, chunk, named);
                    if (mention != null) {
                        mentions.add(mention);
                    }
                }
            }
        }
        return mentions;
    }

    /**
     * Whether a phrase says which of a generic noun's people it means: words before the noun ("local
     * people", "many people"), a complement ("people in Kent") or an adjective or relative clause after
     * it ("people familiar with the talks", "people who attended").
     */
    private static boolean specified(Sentence sentence, Chunk chunk, int end) {
        if (chunk.from() < chunk.head() || end > chunk.head() + 1) {
            return true;
        }
        if (end >= sentence.size()) {
            return false;
        }
        Token next = sentence.token(end);
        return next.is(Pos.ADJ) || next.lower().equals("who") || LINKS.contains(next.lower());
    }

    private @org.jspecify.annotations.Nullable Mention described(ArticleDocument document, Sentence sentence,
            Chunk chunk, ArticleMentions named) {
        Token head = sentence.token(chunk.head());
        Lexicons.SourceNoun noun = head.is(Pos.NOUN) || head.is(Pos.PROPN) ? lexicons.sourceNoun(head.lemma()) : null;
        if (noun == null) {
            return null;
        }
        int end = extended(sentence, chunk);
        if (noun.generic() && !specified(sentence, chunk, end)) {
            return null;
        }
        List<Mention> inside = named.within(sentence.index(), chunk.from(), gatheringStart(sentence, chunk, end));
        Mention headEntity = named.at(sentence.index(), chunk.head());
        if (headEntity != null || endsInName(inside, end)) {
            return null;
        }
        String country = null;
        String organization = null;
        for (Mention mention : inside) {
            if (country == null && mention.country() != null) {
                country = mention.country();
            }
            if (mention.kind() == MentionKind.COUNTRY && country == null) {
                country = mention.key();
            }
            else if (mention.kind() == MentionKind.ORGANIZATION && organization == null) {
                organization = mention.key();
            }
            else if (mention.kind() == MentionKind.PERSON && organization == null && mention.organization() != null) {
                organization = mention.organization();
            }
        }
        // "Officials from around the globe" are named "Officials": the place says where from, not who
        boolean fromAround = end > chunk.to() + 1 && PLACE_PREPOSITIONS.contains(sentence.token(chunk.to() + 1).lower());
        String form = document.text(sentence.token(chunk.from()), sentence.token((fromAround ? chunk.to() : end) - 1));
        boolean plural = !head.lemma().equals(head.lower()) && head.lower().endsWith("s") || head.lemma().equals("people");
        return new Mention(MentionKind.GROUP, sentence.index(), chunk.from(), end, head.lemma(), form, null, country,
                organization, noun.gender(), plural);
    }

    /**
     * Where a complement naming the gathering the group takes part in starts, or {@code end}: the
     * names in "delegates at a Kuwait conference" place the meeting, not the delegates.
     */
    private static int gatheringStart(Sentence sentence, Chunk chunk, int end) {
        if (end == chunk.to() || !GATHERINGS.contains(sentence.token(end - 1).lemma())) {
            return end;
        }
        return chunk.to();
    }

    /**
     * "Minister of Foreign Affairs Sameh Shoukry": a phrase that ends in a person's name is that
     * person's title, not a source of its own.
     */
    private static boolean endsInName(List<Mention> inside, int end) {
        for (Mention mention : inside) {
            if (mention.kind() == MentionKind.PERSON && mention.to() == end) {
                return true;
            }
        }
        return false;
    }

    /**
     * The phrase with its attached affiliation: "a spokesman" + "for the Clinton campaign"; "in" and
     * "at" attach only a name ("officials in Tokyo", not "the spokesperson in a tweet"), and a
     * gathering only to a bare noun, which says nothing else of who is meant ("participants in the
     * summit"; "international donors at a Kuwait conference" are the international donors).
     */
    private static int extended(Sentence sentence, Chunk chunk) {
        int end = chunk.to();
        if (end + 1 < sentence.size() && LINKS.contains(sentence.token(end).lower())) {
            // "officials from around the globe", "delegates from across the region": a second preposition
            int objectStart = end + 2 < sentence.size() && PLACE_PREPOSITIONS.contains(sentence.token(end + 1).lower())
                    ? end + 2 : end + 1;
            Chunk next = sentence.nounPhraseStartingAt(objectStart);
            boolean gathering = next != null && GATHERINGS.contains(sentence.token(next.head()).lemma());
            boolean place = !sentence.token(end).isAny("in", "at")
                    || next != null && (gathering ? bare(sentence, chunk) : named(sentence, next));
            if (next != null && next.kind() == Chunk.Kind.NOUN_PHRASE && place) {
                return next.to();
            }
        }
        return end;
    }

    /** A phrase of a head noun and at most a determiner: "participants", "the delegates". */
    private static boolean bare(Sentence sentence, Chunk phrase) {
        for (int k = phrase.from(); k < phrase.head(); k++) {
            if (!sentence.token(k).is(Pos.DET)) {
                return false;
            }
        }
        return true;
    }

    private static boolean named(Sentence sentence, Chunk phrase) {
        for (int k = phrase.from(); k < phrase.to(); k++) {
            if (sentence.token(k).capitalized() && k > 0) {
                return true;
            }
        }
        return false;
    }
}
