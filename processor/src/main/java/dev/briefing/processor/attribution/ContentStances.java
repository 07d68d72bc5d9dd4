package dev.briefing.processor.attribution;

import java.util.List;
import java.util.Set;

import dev.briefing.processor.reference.LemmaPhrases;
import dev.briefing.processor.reference.Lexicons;
import dev.briefing.processor.reference.WordClasses;
import dev.briefing.processor.summary.Stance;
import dev.briefing.processor.text.ArticleDocument;
import dev.briefing.processor.text.Pos;
import dev.briefing.processor.text.Sentence;
import dev.briefing.processor.text.Token;

/**
 * The stance of what a cue attributes: the cue's own ("condemned": criticism), or, for a neutral
 * cue ("said"), the first stance of {@code content-stance.tsv} whose words the content carries ("must"
 * makes "said" a demand), negation included ("does not support" is a rejection); criticism said of
 * claims rejects them. Thread-safe: immutable.
 */
final class ContentStances {

    /** Nouns of what someone asserted ("allegation", "claim"), which a criticism of them rejects. */
    private static final Set<String> CLAIMS = WordClasses.standard().of("claim-noun");

    private final Lexicons lexicons;

    ContentStances(Lexicons lexicons) {
        this.lexicons = lexicons;
    }

    /** The stance of an attribution: its cue's own, else its content's, read through the cue's negation. */
    Stance of(ArticleDocument document, Sentence sentence, Cue cue, List<TokenSpan> content) {
        Stance stance = cue.stance() != Stance.STATEMENT ? cue.stance() : ofContent(document, content);
        if (stance == Stance.CRITICISM && cue.stance() == Stance.STATEMENT
                && aboutClaims(sentence)) {
            return Stance.REJECTION;
        }
        if (!cue.negated()) {
            return stance;
        }
        return stance == Stance.SUPPORT ? Stance.REJECTION : Stance.STATEMENT;
    }

    /**
     * "India described the allegations as absurd": words of criticism said of claims reject them; the
     * claim nouns are {@code word-classes.tsv}'s claim-noun.
     */
    private static boolean aboutClaims(Sentence sentence) {
        for (Token token : sentence.tokens()) {
            if (token.is(Pos.NOUN) && CLAIMS.contains(token.lemma())) {
                return true;
            }
        }
        return false;
    }

    /** The first stance of {@code content-stance.tsv} whose words the content carries. */
    Stance ofContent(ArticleDocument document, List<TokenSpan> content) {
        for (Lexicons.StanceWords words : lexicons.contentStance()) {
            for (TokenSpan span : content) {
                LemmaPhrases.Match<Boolean> match = words.words()
                        .first(document.sentence(span.sentence()).tokens(), span.from(), span.to());
                if (match != null && !(words.stance() == Stance.DEMAND
                        && pastNecessity(document.sentence(span.sentence()), match.start()))) {
                    return negatedAt(document.sentence(span.sentence()), match.start(), span.from())
                            ? negated(words.stance()) : words.stance();
                }
            }
        }
        return Stance.STATEMENT;
    }

    /**
     * "The world needed to find a new way", "we had to act": a necessity in the past tense tells what
     * was needed then, not what the holder demands now.
     */
    private static boolean pastNecessity(Sentence sentence, int word) {
        return sentence.token(word).pastForm() && word + 1 < sentence.size()
                && sentence.token(word + 1).lower().equals("to");
    }

    /** "does not support", "is not a threat": a negation in the verb group before the word (and its article). */
    private static boolean negatedAt(Sentence sentence, int word, int from) {
        int k = word > from && sentence.token(word - 1).is(Pos.DET) ? word - 1 : word;
        return sentence.negatedBetween(Math.max(from, CueFinder.verbGroupStart(sentence, k)), k);
    }

    /** What a stance word says when negated: no support is a rejection, no criticism or concern says nothing. */
    private static Stance negated(Stance stance) {
        return stance == Stance.SUPPORT ? Stance.REJECTION : stance == Stance.DEMAND ? Stance.DEMAND : Stance.STATEMENT;
    }
}
