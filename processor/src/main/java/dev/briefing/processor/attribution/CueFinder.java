package dev.briefing.processor.attribution;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import dev.briefing.processor.reference.Lexicons;
import dev.briefing.processor.reference.WordClasses;
import dev.briefing.processor.summary.Stance;
import dev.briefing.processor.text.Chunk;
import dev.briefing.processor.text.Pos;
import dev.briefing.processor.text.Sentence;
import dev.briefing.processor.text.Token;
import org.jspecify.annotations.Nullable;

/**
 * Finds the cues of a tagged sentence by lemma and part of speech: reporting verbs (with their
 * particle: "called for"), attitude adjectives after a copula ("is concerned"), expressions of a
 * stance noun ("expressed concern"), "according to", a possessed statement noun ("X's call for")
 * and a headline's colon ("Kishida: ..."). A verb in the passive ("was said"), modifying a noun ("the
 * so-called"), or asking a question ("when asked about") is no cue. Stateless.
 */
final class CueFinder {

    /** The preposition that makes a participle after it an act not done: "without saying". */
    private static final String WITHOUT = "without";

    /** The ending of a present participle. */
    private static final String PARTICIPLE = "ing";

    private static final Set<String> FLOATING = WordClasses.standard().of("floating-quantifier");

    /** The auxiliaries, which the tagger may read as main verbs ("have", "be", "do"). */
    private static final Set<String> AUXILIARIES = WordClasses.standard().of("auxiliary");

    private static final Set<String> COPULAS = WordClasses.standard().of("copula");

    private static final Set<String> QUESTION_WORDS = WordClasses.standard().of("question");

    private static final Set<String> QUESTION_OPENERS = WordClasses.standard().of("question-opener");

    /** How many phrases an object may be built of before its complement. */
    private static final int MAX_OBJECT_PARTS = 4;

    /** The verb that names its object ("called it unfair") and otherwise only telephones. */
    private static final String NAMING = "call";

    /** Tokens from the start of a headline within which a colon can introduce what its speaker said. */
    private static final int COLON_REACH = 6;

    private final Lexicons lexicons;

    CueFinder(Lexicons lexicons) {
        this.lexicons = lexicons;
    }

    List<Cue> cues(Sentence sentence) {
        List<Token> tokens = sentence.tokens();
        List<Cue> cues = new ArrayList<>();
        for (int k = 0; k < tokens.size(); k++) {
            Cue cue = cueAt(sentence, k);
            if (cue != null) {
                cues.add(cue);
                k = cue.to() - 1;
            }
        }
        return cues;
    }

    private @Nullable Cue cueAt(Sentence sentence, int k) {
        Token token = sentence.token(k);
        if ((token.is(Pos.ADJ) || token.is(Pos.VERB)) && attitude(token) != null) {
            Cue attitude = attitudeCue(sentence, k);
            if (attitude != null) {
                return attitude;
            }
        }
        if (token.is(Pos.VERB) || verbTaggedAdjective(sentence, k)) {
            // "affirmed her country's support": a stance noun as the object says more than the verb
            Cue expression = expressionCue(sentence, k);
            if (expression != null) {
                return expression;
            }
            Cue verb = verbCue(sentence, k);
            if (verb != null) {
                return verb;
            }
        }

        if (token.lower().equals("according") && k + 1 < sentence.size() && sentence.token(k + 1).lower().equals("to")) {
            return new Cue(Cue.Kind.ACCORDING, k, k, k + 2, Stance.STATEMENT, Lexicons.Frame.SPEECH, false);
        }
        if (token.is(Pos.NOUN) && k > 0 && sentence.token(k - 1).lower().equals("'s")) {
            Lexicons.NounCue noun = lexicons.statementNoun(token.lemma());
            if (noun != null && !noun.document()) {
                return new Cue(Cue.Kind.NOUN, k, k, k + 1, noun.stance(), Lexicons.Frame.ACT, false);
            }
        }
        if (token.lower().equals(":") && k > 0 && k <= COLON_REACH && k + 1 < sentence.size()) {
            return new Cue(Cue.Kind.COLON, k, k, k + 1, Stance.STATEMENT, Lexicons.Frame.SPEECH, false);
        }
        return null;
    }

    /**
     * "groups worried that", "Mr. McKinley notes that": a verb the tagger read as an adjective or
     * noun, between a noun and the clause it opens.
     */
    private boolean verbTaggedAdjective(Sentence sentence, int k) {
        Token token = sentence.token(k);
        if (!token.is(Pos.ADJ) && !token.is(Pos.NOUN) && !token.is(Pos.PROPN) || k == 0 || k + 1 >= sentence.size()) {
            return false;
        }
        Token next = sentence.token(k + 1);
        boolean opensClause = next.lower().equals("that") || next.quote() || next.lower().equals(":")
                || next.lower().equals(".") || k + 2 == sentence.size();
        String verb = token.lower().endsWith("s") ? token.lower().substring(0, token.lower().length() - 1) : token.lemma();
        boolean reporting = !lexicons.reportingVerb(token.lemma()).isEmpty() || !lexicons.reportingVerb(verb).isEmpty();
        return opensClause && reporting && sentence.token(k - 1).pos().nominal();
    }

    private @Nullable Cue verbCue(Sentence sentence, int k) {
        Token token = sentence.token(k);
        List<Lexicons.VerbCue> entries = lexicons.reportingVerb(token.lemma());
        if (entries.isEmpty() && !token.is(Pos.VERB) && token.lower().endsWith("s")) {
            entries = lexicons.reportingVerb(token.lower().substring(0, token.lower().length() - 1));
        }
        if (entries.isEmpty() || modifiesNoun(sentence, k) || asks(sentence, k) || withheld(sentence, k)) {
            return null;
        }
        if (passive(sentence, k)) {
            return passiveCue(sentence, k, entries);
        }
        Lexicons.VerbCue chosen = null;
        int end = k + 1;
        for (Lexicons.VerbCue entry : entries) {
            int particleEnd = particleEnd(sentence, k + 1, entry.particle());
            if (!entry.particle().isEmpty() && particleEnd > k + 1) {
                chosen = entry;
                end = particleEnd;
                break;
            }
            if (entry.particle().isEmpty() && chosen == null) {
                chosen = entry;
            }
        }
        if (chosen == null || chosen.particle().isEmpty() && chosen.lemma().equals(NAMING) && !naming(sentence, k + 1)) {
            return null;
        }
        int from = verbGroupStart(sentence, k);
        if (chosen.frame() == Lexicons.Frame.ACT && futureModal(sentence, from, k)) {
            return null;
        }
        return new Cue(Cue.Kind.VERB, from, k, end, chosen.stance(), chosen.frame(), sentence.negatedBetween(from, k));
    }

    /** "was criticised by Labour": a passive with its agent after "by". */
    private @Nullable Cue passiveCue(Sentence sentence, int k, List<Lexicons.VerbCue> entries) {
        if (k + 2 >= sentence.size() || !sentence.token(k + 1).lower().equals("by")) {
            return null;
        }
        for (Lexicons.VerbCue entry : entries) {
            if (entry.particle().isEmpty() && entry.stance() != Stance.STATEMENT) {
                int from = verbGroupStart(sentence, k);
                return new Cue(Cue.Kind.PASSIVE, from, k, k + 2, entry.stance(), entry.frame(),
                        sentence.negatedBetween(from, k));
            }
        }
        return null;
    }

    /**
     * "called the charges fabricated", "called Trump a liar": "call" names its object only with a
     * complement after it; "Obama called Merkel" is a telephone call.
     */
    private static boolean naming(Sentence sentence, int from) {
        Chunk object = sentence.nounPhraseStartingAt(from);
        if (object == null || object.to() >= sentence.size()) {
            return false;
        }
        int k = objectEnd(sentence, object.to());
        if (k >= sentence.size()) {
            return false;
        }
        Token next = sentence.token(k);
        return next.is(Pos.ADJ) || next.is(Pos.DET) || next.quote() || next.is(Pos.NOUN);
    }

    /**
     * Past what completes an object: its possessed noun phrase, a prepositional phrase and objects
     * joined to it ("Mr. Obama's remarks on Saturday", "the citation and the demand for a hearing").
     */
    private static int objectEnd(Sentence sentence, int from) {
        int k = from;
        for (int steps = 0; steps < MAX_OBJECT_PARTS && k + 1 < sentence.size(); steps++) {
            Token link = sentence.token(k);
            boolean joins = link.is(Pos.ADP) && !link.lower().equals("as") || link.lower().equals("and")
                    || link.lower().equals("'s");
            Chunk more = joins ? sentence.nounPhraseStartingAt(k + 1) : null;
            if (more == null) {
                return k;
            }
            k = more.to();
        }
        return k;
    }

    /** "expressed (deep) concern", "voiced support": an expressing verb and a stance noun as its object. */
    private @Nullable Cue expressionCue(Sentence sentence, int k) {
        if (!lexicons.expressingVerb(sentence.token(k).lemma()) || k + 1 >= sentence.size()) {
            return null;
        }
        Chunk object = sentence.nounPhraseStartingAt(k + 1);
        if (object == null) {
            return null;
        }
        Lexicons.NounCue noun = lexicons.statementNoun(sentence.token(object.head()).lemma());
        if (noun == null || noun.document()) {
            return null;
        }
        int from = verbGroupStart(sentence, k);
        return new Cue(Cue.Kind.EXPRESSION, from, object.head(), object.to(), noun.stance(), Lexicons.Frame.ACT,
                sentence.negatedBetween(from, k));
    }

    /** "is concerned", "remains confident": an attitude after a copula. */
    private @Nullable Cue attitudeCue(Sentence sentence, int k) {
        int j = k - 1;
        while (j >= 0 && (sentence.token(j).is(Pos.ADV) || sentence.token(j).negation())) {
            j--;
        }
        if (j < 0 || !sentence.token(j).pos().verbal() || !COPULAS.contains(sentence.token(j).lemma())) {
            return null;
        }
        int from = verbGroupStart(sentence, j);
        Stance stance = attitude(sentence.token(k));
        return new Cue(Cue.Kind.ATTITUDE, from, k, k + 1, stance == null ? Stance.STATEMENT : stance,
                Lexicons.Frame.ACT, sentence.negatedBetween(from, k));
    }

    /** The stance of an attitude word by its form ("worried") or lemma, or null. */
    private @Nullable Stance attitude(Token token) {
        Stance stance = lexicons.attitude(token.lower());
        return stance != null ? stance : lexicons.attitude(token.lemma());
    }

    /** The token after the particle(s) ("for", "out at") following the verb, or {@code at} when they do not follow. */
    private static int particleEnd(Sentence sentence, int at, String particle) {
        if (particle.isEmpty()) {
            return at;
        }
        String[] words = particle.split(" ");
        int k = at;
        for (String word : words) {
            if (k >= sentence.size() || !sentence.token(k).lower().equals(word)) {
                return at;
            }
            k++;
        }
        return k;
    }

    /** "was said", "were told": a participle after "be" (not "was saying"). */
    private static boolean passive(Sentence sentence, int k) {
        int j = k - 1;
        while (j >= 0 && (sentence.token(j).is(Pos.ADV) || sentence.token(j).negation())) {
            j--;
        }
        return j >= 0 && sentence.token(j).is(Pos.AUX) && sentence.token(j).lemma().equals("be")
                && !sentence.token(k).lower().endsWith("ing");
    }

    /** "the so-called", "a widely reported": a participle that modifies a noun. */
    private static boolean modifiesNoun(Sentence sentence, int k) {
        return k > 0 && sentence.token(k - 1).is(Pos.DET) && !sentence.token(k - 1).isAny("that", "this")
                && !(FLOATING.contains(sentence.token(k - 1).lower()) && k > 1 && (sentence.token(k - 2).pos().nominal()
                        || sentence.token(k - 2).lower().equals(")") || floatingAfterAuxiliary(sentence, k - 1)));
    }

    /** "when asked about", "asked whether": a question put to the subject, not a demand of the subject's. */
    private static boolean asks(Sentence sentence, int k) {
        if (!sentence.token(k).lemma().equals("ask")) {
            return false;
        }
        boolean opened = k > 0 && QUESTION_OPENERS.contains(sentence.token(k - 1).lower());
        boolean asked = k + 1 < sentence.size() && QUESTION_WORDS.contains(sentence.token(k + 1).lower());
        return opened || asked;
    }

    /** "he said without clarifying how ...", "left without saying": a saying that did not happen. */
    private static boolean withheld(Sentence sentence, int k) {
        return k > 0 && withoutParticiple(sentence, k - 1);
    }

    /** "without" at {@code k} and a participle after it: an act not done ("without saying details"). */
    static boolean withoutParticiple(Sentence sentence, int k) {
        return k + 1 < sentence.size() && sentence.token(k).lower().equals(WITHOUT)
                && sentence.token(k + 1).lower().endsWith(PARTICIPLE);
    }

    /** The first token of the verb group the verb ends: auxiliaries, negation and adverbs before it. */
    static int verbGroupStart(Sentence sentence, int k) {
        int j = k;
        while (j - 1 >= 0) {
            Token before = sentence.token(j - 1);
            if (floatingAfterAuxiliary(sentence, j - 1)) {
                j -= 2;
            }
            else if (before.is(Pos.AUX) || before.is(Pos.ADV) || before.negation()) {
                j--;
            }
            else {
                break;
            }
        }
        while (j < k && sentence.token(j).is(Pos.ADV)) {
            j++;
        }
        return j;
    }

    /**
     * "have all urged", "were both warned": a floating quantifier inside the verb group, after its
     * auxiliary (which the tagger may read as a main verb there).
     */
    private static boolean floatingAfterAuxiliary(Sentence sentence, int j) {
        if (j < 1 || !FLOATING.contains(sentence.token(j).lower())) {
            return false;
        }
        Token auxiliary = sentence.token(j - 1);
        return auxiliary.is(Pos.AUX) || auxiliary.is(Pos.VERB) && AUXILIARIES.contains(auxiliary.lemma());
    }

    /** "will defend", "would support": a deed to come, for the commitment layer, not a stance stated. */
    private static boolean futureModal(Sentence sentence, int from, int to) {
        for (int j = from; j < to; j++) {
            if (sentence.token(j).is(Pos.AUX) && sentence.token(j).isAny("will", "would", "shall", "'ll", "wo")) {
                return true;
            }
        }
        return false;
    }
}
