package dev.briefing.processor.position;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import dev.briefing.processor.attribution.Attribution;
import dev.briefing.processor.attribution.TokenSpan;
import dev.briefing.processor.coreference.ArticleReferences;
import dev.briefing.processor.coreference.Entity;
import dev.briefing.processor.mention.Mention;
import dev.briefing.processor.summary.Actor;
import dev.briefing.processor.summary.ArticleKind;
import dev.briefing.processor.summary.Position;
import dev.briefing.processor.summary.Stance;
import dev.briefing.processor.text.ArticleDocument;
import dev.briefing.processor.text.Quotation;
import dev.briefing.processor.text.Chunker;
import dev.briefing.processor.text.Pos;
import dev.briefing.processor.text.Sentence;
import dev.briefing.processor.text.Token;
import org.jspecify.annotations.Nullable;

/**
 * One position per attribution: its holders, its stance, the countries its content names (not the
 * holders' own), its content as the statement, and the sentences from its cue to its content's end.
 * An attribution repeated word for word (a standfirst repeated in the body) gives one position; a
 * neutral one that only reports a commitment ("X said Japan would ...") gives none: it is the
 * commitment. In an editorial, the outlet's own judgements are positions too ({@link EditorialVoice}).
 * Thread-safe: stateless.
 */
public final class AttributionPositionExtractor implements PositionExtractor {

    private final EditorialVoice voice;

    /** @param voice the outlet's own judgements, for an editorial */
    /** How far into what was said a commitment cue may stand and still open it: a subject's length. */
    private static final int COMMITMENT_REACH = 6;

    /** Words of an object that says little without its verb: "the exclusion", "its neighbour Argentina". */
    private static final int SHORT_OBJECT = 5;

    public AttributionPositionExtractor(EditorialVoice voice) {
        this.voice = voice;
    }

    @Override
    public List<Position> extract(ArticleDocument document, ArticleReferences references, List<Attribution> attributions,
            List<TokenSpan> committed) {
        List<Position> positions = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (Attribution attribution : attributions) {
            if (attribution.stance() == Stance.STATEMENT && reportsCommitment(attribution, committed)) {
                continue;
            }
            Position position = position(document, references, attribution);
            if (seen.add(position.statement() + '\u0000' + position.holders())) {
                positions.add(position);
            }
        }
        if (document.metadata().kind() == ArticleKind.EDITORIAL) {
            positions.addAll(voice.judgements(document, references, attributions));
            positions.sort(java.util.Comparator.comparingInt(Position::start));
        }
        return positions;
    }

    private static Position position(ArticleDocument document, ArticleReferences references, Attribution attribution) {
        Sentence first = document.sentence(attribution.firstSentence());
        Sentence last = document.sentence(attribution.lastSentence());
        String sentence = document.text().substring(first.start(), last.end());
        List<Actor> holders = attribution.holders().stream().map(Entity::actor).distinct().toList();
        return new Position(holders, attribution.stance(), about(references, attribution),
                withVerb(document, attribution, statement(document, attribution.content())), quote(document, attribution),
                sentence, first.start(), last.end());
    }

    /**
     * What was said with the verb that says it, where the content is the verb's short object:
     * "supported its neighbour Argentina", "rejected the US allegation", "defended the exclusion" say
     * the stance, the object alone ("the exclusion") does not. A clause, a quotation or a longer
     * object, which says what it is about by itself, stays as it is.
     */
    private static String withVerb(ArticleDocument document, Attribution attribution, String statement) {
        TokenSpan content = attribution.content().getFirst();
        TokenSpan cue = attribution.cue();
        if (attribution.content().size() != 1 || cue.sentence() != content.sentence() || cue.isEmpty()) {
            return statement;
        }
        Sentence sentence = document.sentence(cue.sentence());
        Token verb = sentence.token(cue.to() - 1);
        int start = cue.to();
        while (start < content.from() && sentence.token(start).is(Pos.ADV)) {
            start++;
        }
        boolean object = start == content.from() && content.to() - content.from() <= SHORT_OBJECT
                && verb.is(Pos.VERB) && nominal(sentence.token(content.from())) && !clause(sentence, content)
                && !document.quoted(content.sentence(), content.from());
        return object ? document.text(verb, verb) + " " + statement : statement;
    }

    /** Whether the content holds a verb: a clause said ("Kenya must reopen the border"), not an object. */
    private static boolean clause(Sentence sentence, TokenSpan content) {
        for (int k = content.from(); k < content.to(); k++) {
            if (sentence.token(k).pos().verbal()) {
                return true;
            }
        }
        return false;
    }

    /** A word that opens a noun phrase: a determiner, a possessive, a noun, a name, an adjective or a number. */
    private static boolean nominal(Token token) {
        return token.is(Pos.DET) || token.is(Pos.NOUN) || token.is(Pos.PROPN) || token.is(Pos.ADJ) || token.is(Pos.NUM)
                || token.is(Pos.PRON) && Chunker.possessivePronoun(token);
    }

    /**
     * Whether what was said is itself a commitment the commitments layer reports ("said Japan would
     * establish an office"): a commitment cue opens each part of the content, within its subject's
     * reach. A statement that only holds a commitment further on ("said the system is rigged, so it is
     * going to be unfair"), or says more beside it ("said the UN would ensure ..., adding the world had
     * sent a message"), stays a position.
     */
    private static boolean reportsCommitment(Attribution attribution, List<TokenSpan> committed) {
        return attribution.content().stream().allMatch(span -> opensWithCommitment(span, committed));
    }

    private static boolean opensWithCommitment(TokenSpan span, List<TokenSpan> committed) {
        for (TokenSpan cue : committed) {
            if (span.contains(cue.sentence(), cue.from()) && cue.from() - span.from() <= COMMITMENT_REACH) {
                return true;
            }
        }
        return false;
    }

    /** What was said: the content's words, spans joined by a space (also how tests read content). */
    public static String statement(ArticleDocument document, List<TokenSpan> content) {
        StringBuilder statement = new StringBuilder();
        for (int i = 0; i < content.size(); i++) {
            TokenSpan span = content.get(i);
            if (span.isEmpty()) {
                continue;
            }
            Sentence sentence = document.sentence(span.sentence());
            if (!statement.isEmpty()) {
                statement.append(' ');
            }
            statement.append(document.text(sentence.token(span.from()), sentence.token(span.to() - 1)));
            boolean endsSentence = span.to() < sentence.size() && sentence.token(span.to()).isAny(".", "?", "!");
            if (endsSentence && i + 1 < content.size()) {
                statement.append(sentence.token(span.to()).text());
            }
        }
        return statement.toString().strip();
    }

    /** The countries the content names or refers to, the holders' own left out. */
    private static List<String> about(ArticleReferences references, Attribution attribution) {
        Set<String> own = new HashSet<>();
        attribution.holders().forEach(holder -> {
            if (holder.country() != null) {
                own.add(holder.country());
            }
        });
        Set<String> about = new LinkedHashSet<>();
        for (TokenSpan span : attribution.content()) {
            for (Mention mention : references.countryMentions()) {
                if (mention.sentence() == span.sentence() && mention.from() >= span.from() && mention.to() <= span.to()
                        && !own.contains(mention.key())) {
                    about.add(mention.key());
                }
            }
        }
        return List.copyOf(about);
    }

    /** The first quotation within the content, verbatim without its marks, or null. */
    private static @Nullable String quote(ArticleDocument document, Attribution attribution) {
        for (Quotation quotation : document.quotations()) {
            if (quotation.lastSentence() < attribution.firstSentence()) {
                continue;
            }
            if (quotation.firstSentence() > attribution.lastSentence()) {
                break;
            }
            Sentence open = document.sentence(quotation.firstSentence());
            Sentence close = document.sentence(quotation.lastSentence());
            int from = open.token(quotation.open()).end();
            int to = quotation.close() < close.size() ? close.token(quotation.close()).start() : close.end();
            String quoted = document.text().substring(from, Math.max(from, to)).strip();
            if (!quoted.isEmpty()) {
                return quoted;
            }
        }
        return null;
    }
}
