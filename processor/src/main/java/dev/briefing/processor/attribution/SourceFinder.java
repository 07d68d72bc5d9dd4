package dev.briefing.processor.attribution;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import dev.briefing.processor.coreference.ArticleReferences;
import dev.briefing.processor.coreference.Entity;
import dev.briefing.processor.summary.ActorType;
import dev.briefing.processor.mention.Mention;
import dev.briefing.processor.mention.MentionKind;
import dev.briefing.processor.reference.Lexicons;
import dev.briefing.processor.reference.WordClasses;
import dev.briefing.processor.text.Chunk;
import dev.briefing.processor.text.Pos;
import dev.briefing.processor.text.Sentence;
import dev.briefing.processor.text.Token;
import org.jspecify.annotations.Nullable;

/**
 * Reads the source of a cue (or the subject of a clause, for the commitment layer): the noun phrase before it (its subject: past an apposition, over a
 * coordination) or after it (an inverted "said the minister"), resolved to the entities it names
 * through the reference layer. The head decides: "Cherie Blair's Matrix Chambers" is the chambers',
 * not Cherie Blair's; "the joint statement" is its authors'.
 */
public final class SourceFinder {

    /** A source: its words and who they stand for. */
    public record Source(TokenSpan span, List<Entity> holders, boolean document) {
    }

    /** Tokens an apposition between commas may span: "Stoltenberg, secretary general of ..., said". */
    private static final int APPOSITION_REACH = 25;

    /** Appositions a subject may carry before its verb: "Pruitt, the attorney general, one of ..., said". */
    private static final int MAX_APPOSITIONS = 3;

    /** Tokens a parenthetical adverbial between commas may span: ", at a later press conference,". */
    private static final int ADVERBIAL_REACH = 6;

    private static final Set<String> FIRST_PERSON = Set.of("i", "we", "me", "us");

    private static final Set<String> AUTHOR_LINKS = Set.of("by", "from", "of");

    /** A quantifier floating before the verb ("Merkley and Brown all suggested"). */
    private static final Set<String> FLOATING = WordClasses.standard().of("floating-quantifier");

    /** Words of time that a preposition makes an adjunct of the verb: "on Wednesday", "on Friday". */
    private static final Set<String> TIMES = WordClasses.standard().of("time");

    private static final Set<String> QUANTIFIERS = WordClasses.standard().of("quantifier");

    /** How many words of description may stand before a source's name. */
    private static final int DESCRIPTION_REACH = 5;

    private final Lexicons lexicons;

    public SourceFinder(Lexicons lexicons) {
        this.lexicons = lexicons;
    }

    /** The source ending just before token {@code end}, or null when none stands there. */
    public @Nullable Source before(Sentence sentence, int end, ArticleReferences references, List<Entity> lastAuthors) {
        int k = end;
        if (k - 2 >= 0 && sentence.token(k - 1).quote() && sentence.token(k - 2).pos().nominal()) {
            k--; // the leaders "welcomed and fully supported" ...: a quotation opening at the verb
        }
        while (k - 1 >= 0 && (sentence.token(k - 1).is(Pos.ADV) || FLOATING.contains(sentence.token(k - 1).lower()))) {
            k--;
        }
        if (k - 3 >= 0 && sentence.token(k - 2).is(Pos.ADP) && TIMES.contains(sentence.token(k - 1).lower())
                && sentence.token(k - 3).lower().equals(",")) {
            k -= 2; // "Argentina, whose president ..., on Wednesday voiced": a time between the subject and the verb
        }
        if (k - 1 >= 0 && sentence.token(k - 1).lower().equals(")")) {
            k = parenthesisStart(sentence, k - 1);
        }
        Mention framed = k - 1 >= 0 && sentence.token(k - 1).lower().equals(",")
                ? outermostEndingAt(references, sentence.index(), k - 1) : null;
        if (framed != null && framed.from() < k - 1 && commaInside(sentence, framed)) {
            return phraseOrNull(sentence, k - 1, references, lastAuthors);
        }
        Mention named = null;
        for (int appositions = 0; appositions < MAX_APPOSITIONS && k - 1 >= 0
                && sentence.token(k - 1).lower().equals(","); appositions++) {
            int opening = appositionStart(sentence, k - 1);
            if (opening < 0) {
                return appositions == 0 ? null : phraseOrNull(sentence, k, references, lastAuthors);
            }
            if (appositions == 0) {
                named = namedApposition(references, sentence.index(), opening + 1, k - 1);
            }
            k = opening;
        }
        Source first = phraseEndingAt(sentence, k, references, lastAuthors);
        if (first == null || afterPreposition(sentence, first)) {
            Source modified = modifiedSource(sentence, k, references, lastAuthors);
            first = modified != null ? modified : first;
        }
        if (first == null) {
            return null;
        }
        if (named != null && !first.document() && first.holders().stream().noneMatch(Entity::person)) {
            return new Source(span(sentence, first.span().from(), named.to()), references.of(named), false);
        }
        return coordinated(sentence, first, references, lastAuthors);
    }

    /**
     * "A lawyer for the outlets, David Schulz, said": the person an apposition names, exactly
     * {@code [from, to)}, who is the description's referent; or null.
     */
    private static @Nullable Mention namedApposition(ArticleReferences references, int sentence, int from, int to) {
        for (Mention mention : references.mentions().in(sentence)) {
            if (mention.kind() == MentionKind.PERSON && mention.from() == from && mention.to() == to
                    && !references.of(mention).isEmpty()) {
                return mention;
            }
        }
        return null;
    }

    /** "the mayor, Ana Lopez,": a mention that holds its own apposition, closed by the comma after it. */
    private static boolean commaInside(Sentence sentence, Mention mention) {
        for (int k = mention.from(); k < mention.to(); k++) {
            if (sentence.token(k).lower().equals(",")) {
                return true;
            }
        }
        return false;
    }

    private @Nullable Source phraseOrNull(Sentence sentence, int k, ArticleReferences references, List<Entity> lastAuthors) {
        Source source = phraseEndingAt(sentence, k, references, lastAuthors);
        return source == null ? null : coordinated(sentence, source, references, lastAuthors);
    }

    /** "... of [the Sierra Club]": a phrase that only completes a preposition is no subject by itself. */
    private static boolean afterPreposition(Sentence sentence, Source source) {
        int j = source.span().from() - 1;
        while (j >= 0 && sentence.token(j).is(Pos.DET)) {
            j--;
        }
        return j >= 0 && sentence.token(j).is(Pos.ADP);
    }

    /**
     * "Experts on North Korea and nonproliferation said", "Mr. Morgan of the Sierra Club said": a
     * source followed by a prepositional phrase that runs to the verb; the source is the phrase's.
     */
    private @Nullable Source modifiedSource(Sentence sentence, int end, ArticleReferences references,
            List<Entity> lastAuthors) {
        for (int j = end - 1; j > 0 && end - j <= APPOSITION_REACH; j--) {
            Token token = sentence.token(j);
            if (!token.is(Pos.ADP) && !token.is(Pos.DET) && !token.is(Pos.ADJ) && !token.is(Pos.NOUN)
                    && !token.is(Pos.PROPN) && !token.is(Pos.NUM) && !token.is(Pos.CCONJ) && !token.lower().equals("'s")
                    && !token.lower().equals("-")) {
                return null;
            }
            if (token.is(Pos.ADP) && !token.lower().equals("'s")) {
                Source source = phraseEndingAt(sentence, j, references, lastAuthors);
                if (source != null && !source.document()) {
                    return new Source(new TokenSpan(sentence.index(), source.span().from(), end), source.holders(), false);
                }
            }
        }
        return null;
    }

    /** The source starting at token {@code start}: "said [the minister]", "according to [officials]". */
    public @Nullable Source after(Sentence sentence, int start, ArticleReferences references, List<Entity> lastAuthors) {
        if (start >= sentence.size()) {
            return null;
        }
        int end = start;
        Mention mention = references.mentions().startingAt(sentence.index(), start);
        if (mention != null) {
            end = mention.to();
        }
        Chunk chunk = sentence.nounPhraseStartingAt(start);
        if (chunk != null) {
            end = Math.max(end, chunk.to());
        }
        for (Mention inside : references.mentions().in(sentence.index())) {
            if (inside.from() >= start && inside.from() < end && inside.to() > end) {
                end = inside.to();
            }
        }
        if (end == start) {
            return null;
        }
        Source source = phraseEndingAt(sentence, end, references, lastAuthors);
        return source == null || source.span().from() > start ? null
                : new Source(new TokenSpan(sentence.index(), start, end), source.holders(), source.document());
    }

    /**
     * "according to conservative talk radio host Rush Limbaugh": a named source after words of
     * description the tagger may have misread, within {@link #DESCRIPTION_REACH} words of
     * {@code start} and before any punctuation; null when none is named there.
     */
    public @Nullable Source describedAfter(Sentence sentence, int start, ArticleReferences references) {
        for (int k = start; k < sentence.size() && k - start <= DESCRIPTION_REACH; k++) {
            Token token = sentence.token(k);
            if (!token.word() || token.is(Pos.SCONJ) || token.is(Pos.AUX)) {
                return null;
            }
            Mention mention = references.mentions().startingAt(sentence.index(), k);
            if (mention != null) {
                List<Entity> holders = references.of(mention);
                boolean endsPhrase = mention.to() >= sentence.size() || !sentence.token(mention.to()).word();
                return holders.isEmpty() || !endsPhrase ? null
                        : new Source(new TokenSpan(sentence.index(), start, mention.to()), holders, false);
            }
        }
        return null;
    }

    /** "X and Y said", "X, Y, and Z said": the sources joined by "and" or commas before the first found. */
    private @Nullable Source coordinated(Sentence sentence, Source last, ArticleReferences references,
            List<Entity> lastAuthors) {
        Set<Entity> holders = new LinkedHashSet<>(last.holders());
        int from = last.span().from();
        boolean listed = false;
        while (from - 2 >= 0 && (sentence.token(from - 1).lower().equals("and")
                || listed && sentence.token(from - 1).lower().equals(","))) {
            listed = true;
            int previousEnd = from - 1;
            if (previousEnd >= 2 && sentence.token(previousEnd).lower().equals("and")
                    && sentence.token(previousEnd - 1).lower().equals(",")) {
                previousEnd--; // "X, Y, and Z said": the serial comma before the last
            }
            if (previousEnd >= 1 && sentence.token(previousEnd - 1).lower().equals(")")) {
                previousEnd = parenthesisStart(sentence, previousEnd - 1);
            }
            Source previous = phraseEndingAt(sentence, previousEnd, references, lastAuthors);
            if (previous == null || previous.document()) {
                break;
            }
            List<Entity> all = new ArrayList<>(previous.holders());
            all.addAll(holders);
            holders = new LinkedHashSet<>(all);
            from = previous.span().from();
        }
        return new Source(new TokenSpan(sentence.index(), from, last.span().to()), List.copyOf(holders), last.document());
    }

    /** The phrase ending at {@code end} and who it names: by its head's mention, pronoun or noun. */
    private @Nullable Source phraseEndingAt(Sentence sentence, int end, ArticleReferences references,
            List<Entity> lastAuthors) {
        if (end <= 0) {
            return null;
        }
        int head = end - 1;
        Token headToken = sentence.token(head);
        Mention mention = outermostEndingAt(references, sentence.index(), end);
        if (mention != null) {
            List<Entity> holders = owned(references.of(mention), references.owner(sentence.index(), mention.from()));
            return holders.isEmpty() ? null : new Source(span(sentence, phraseStart(sentence, mention.from()), end),
                    holders, false);
        }
        if (headToken.is(Pos.PRON)) {
            if (FIRST_PERSON.contains(headToken.lower())) {
                return null;
            }
            List<Entity> holders = references.pronoun(sentence.index(), head);
            return holders.isEmpty() ? null : new Source(span(sentence, phraseStart(sentence, head), end), holders,
                    false);
        }
        Chunk chunk = sentence.nounPhraseEndingAt(end);
        if (chunk == null) {
            return null;
        }
        Lexicons.NounCue noun = lexicons.statementNoun(headToken.lemma());
        if (noun != null && noun.report()) {
            return reportSource(sentence, chunk, end, references);
        }
        if (noun != null && noun.document()) {
            List<Entity> authors = references.within(sentence.index(), chunk.from(), chunk.head());
            return new Source(span(sentence, chunk.from(), end), authors.isEmpty() ? lastAuthors : authors, true);
        }
        return null;
    }

    /**
     * "his government said", "its ministry said": a described source that says whose it is takes its
     * owner's country and organisation, when it names none of its own.
     */
    private static List<Entity> owned(List<Entity> holders, List<Entity> owners) {
        if (holders.size() != 1 || owners.size() != 1 || holders.getFirst().type() != ActorType.GROUP
                || holders.getFirst().country() != null || holders.getFirst().organization() != null) {
            return holders;
        }
        Entity group = holders.getFirst();
        Entity owner = owners.getFirst();
        String organization = owner.type() == ActorType.ORGANIZATION && owner.organization() == null ? owner.name()
                : owner.organization();
        return List.of(new Entity(group.type(), group.name(), group.title(), owner.country(), organization,
                group.gender(), group.plural()));
    }

    /**
     * "a Gallup poll", "a report by the agency": a report is held by the author it names, never by
     * whoever spoke last; none when it names no author.
     */
    private @Nullable Source reportSource(Sentence sentence, Chunk chunk, int end, ArticleReferences references) {
        List<Entity> authors = references.within(sentence.index(), chunk.from(), chunk.head());
        if (authors.isEmpty()) {
            authors = authorsAfter(sentence, end, references);
        }
        return authors.isEmpty() ? null : new Source(span(sentence, chunk.from(), end), authors, true);
    }

    /**
     * Where the phrase holding token {@code from} starts: its noun phrase's first token ("Ukraine's
     * Infrastructure Minister Alexander Kubrakov", "MSNBC host Chris Matthews"), and a quantifier
     * before it ("many of his supporters").
     */
    private static int phraseStart(Sentence sentence, int from) {
        Chunk chunk = sentence.chunkAt(from, Chunk.Kind.NOUN_PHRASE);
        int start = chunk != null ? Math.min(chunk.from(), from) : from;
        if (start >= 2 && sentence.token(start - 1).lower().equals("of") && QUANTIFIERS.contains(sentence.token(start - 2).lower())) {
            start -= 2;
        }
        return start;
    }

    /** The opening bracket of the parenthesis closing at {@code close}, or {@code close + 1} when none opens it. */
    private static int parenthesisStart(Sentence sentence, int close) {
        for (int j = close - 1; j >= 0; j--) {
            if (sentence.token(j).lower().equals("(")) {
                return j;
            }
        }
        return close + 1;
    }

    /** A document's authors given after it: "a statement [from the ministry]", "the letter [by ...]". */
    List<Entity> authorsAfter(Sentence sentence, int end, ArticleReferences references) {
        if (end + 1 < sentence.size() && AUTHOR_LINKS.contains(sentence.token(end).lower())) {
            Chunk next = sentence.nounPhraseStartingAt(end + 1);
            Mention mention = references.mentions().startingAt(sentence.index(), end + 1);
            int to = mention != null ? mention.to() : next != null ? next.to() : end + 1;
            return references.within(sentence.index(), end + 1, to);
        }
        return List.of();
    }

    /** The mention ending at {@code end}, the longest (a described source with its affiliation). */
    private static @Nullable Mention outermostEndingAt(ArticleReferences references, int sentence, int end) {
        Mention best = null;
        for (Mention mention : references.mentions().in(sentence)) {
            if (mention.to() == end && !references.of(mention).isEmpty()
                    && (best == null || mention.from() < best.from()
                            || mention.from() == best.from() && mention.kind() == MentionKind.PERSON)) {
                best = mention;
            }
        }
        return best;
    }

    /**
     * The start of the phrase before an apposition closing at the comma {@code comma}: the opening
     * comma's index, or -1 when the comma closes no apposition ("In Tokyo, officials said" is none:
     * the phrase after the comma is the subject).
     */
    private static int appositionStart(Sentence sentence, int comma) {
        for (int j = comma - 1; j >= 0 && comma - j <= APPOSITION_REACH; j--) {
            Token token = sentence.token(j);
            if (token.lower().equals(",")) {
                boolean adverbial = comma - j - 1 <= ADVERBIAL_REACH && sentence.token(j + 1).is(Pos.ADP)
                        || comma - j - 1 <= 2 && sentence.token(j + 1).is(Pos.ADV);
                return j > 0 && (opensApposition(sentence, j + 1) || adverbial) ? j : -1;
            }
            if (token.quote() || token.lower().equals(";") || token.lower().equals(":")) {
                return -1;
            }
        }
        return -1;
    }

    /**
     * An apposition opens with a noun phrase, a title or "who": "secretary general of", "who heads";
     * a word the tagger reads as an adverb may open its title ("vice chairman of", "now president of").
     */
    private static boolean opensApposition(Sentence sentence, int k) {
        if (k >= sentence.size()) {
            return false;
        }
        Token token = sentence.token(k);
        if (token.is(Pos.ADV) && k + 1 < sentence.size()) {
            return nominal(sentence.token(k + 1));
        }
        return nominal(token) || token.is(Pos.NUM) || token.isAny("who", "whose", "which") || possessivePronoun(token);
    }

    private static boolean nominal(Token token) {
        return token.is(Pos.DET) || token.is(Pos.NOUN) || token.is(Pos.PROPN) || token.is(Pos.ADJ);
    }

    private static boolean possessivePronoun(Token token) {
        return token.isAny("his", "her", "its", "their");
    }

    private static TokenSpan span(Sentence sentence, int from, int to) {
        return new TokenSpan(sentence.index(), from, to);
    }
}
