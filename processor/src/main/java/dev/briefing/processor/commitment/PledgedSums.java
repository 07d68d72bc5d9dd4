package dev.briefing.processor.commitment;

import java.util.Set;
import java.util.regex.Pattern;

import dev.briefing.processor.reference.WordClasses;
import dev.briefing.processor.text.Chunk;
import dev.briefing.processor.text.Pos;
import dev.briefing.processor.text.Sentence;
import dev.briefing.processor.text.Token;

/**
 * Sums of money that a committing verb or noun pledges ("pledged $1.3 billion in aid", "a pledge
 * of $192 million"): where one starts and where its phrase ends, with what it is in, the same sum
 * in another currency, the year it is for and a second sum coordinated with it ("$458 million for
 * 2017 and $214 million for 2018"). Thread-safe: stateless.
 */
final class PledgedSums {

    private static final Set<String> MONEY = WordClasses.standard().of("money");

    private static final Set<String> APPROXIMATORS = WordClasses.standard().of("sum-approximator");

    /** Words that may bound or qualify a sum before it: "more than the targeted". */
    private static final int APPROXIMATION_REACH = 4;

    /** The words between a committing noun and the sum it names: "a pledge of/for/worth $300 million". */
    private static final Set<String> SUM_LINKS = Set.of("of", "for", "worth");

    /** The words between a sum and what it is made of: "$300 million in/of aid". */
    private static final Set<String> SUM_CONTENTS = Set.of("in", "of");

    /** What links a sum to the year it is for: "$458 million for 2017". */
    private static final String SUM_PERIOD = "for";

    /** Words a commitment noun measured by the sum may stand after it: "$192 million multi-year pledge". */
    private static final int PLEDGE_NOUN_REACH = 4;

    private static final Pattern YEAR = Pattern.compile("(19|20|21)\\d\\d");

    private PledgedSums() {
    }

    /**
     * "pledged $1.3 billion in aid", "offered an extra 165 million euros": a sum of money as the
     * object of a committing verb, within the noun phrase that follows it.
     */
    static boolean follows(Sentence sentence, int from) {
        int start = pastApproximation(sentence, from);
        Chunk object = sentence.nounPhraseStartingAt(start);
        int end = object != null ? object.to() : Math.min(sentence.size(), start + 1);
        for (int k = start; k < end; k++) {
            Token token = sentence.token(k);
            if (token.is(Pos.NUM) || token.is(Pos.SYM) && !token.lower().equals("%")) {
                return true;
            }
        }
        return false;
    }

    /**
     * Where a sum of money a firm committing noun names starts ("a pledge of $192 million", "a
     * pledge worth $300 million", "a pledge for USD 500 million"), or -1.
     */
    static int afterNoun(Sentence sentence, int noun) {
        int link = noun + 1;
        if (link + 1 >= sentence.size() || !SUM_LINKS.contains(sentence.token(link).lower())) {
            return -1;
        }
        Chunk sum = sentence.nounPhraseStartingAt(link + 1);
        int end = sum != null ? sum.to() : Math.min(sentence.size(), link + 2);
        for (int k = link + 1; k < end; k++) {
            Token token = sentence.token(k);
            if (token.is(Pos.SYM) && !token.lower().equals("%") || MONEY.contains(token.lemma())) {
                return link + 1;
            }
        }
        return -1;
    }

    /**
     * Where the sum starts past the words that bound or qualify it ({@code word-classes.tsv}'s
     * sum-approximator, a determiner, an adjective or a participle): "more than the targeted $1.5
     * billion", "up to $50 million", "an extra 165 million euros"; {@code from} if no sum follows them.
     */
    private static int pastApproximation(Sentence sentence, int from) {
        int k = from;
        while (k < sentence.size() && k - from < APPROXIMATION_REACH && !sumWord(sentence.token(k))
                && qualifies(sentence.token(k))) {
            k++;
        }
        return k < sentence.size() && sumWord(sentence.token(k)) ? k : from;
    }

    private static boolean qualifies(Token token) {
        return APPROXIMATORS.contains(token.lower()) || token.is(Pos.DET) || token.is(Pos.ADJ)
                || token.is(Pos.VERB) && token.lower().endsWith("ed");
    }

    /** Past the same sum in another currency, in brackets: "165 million euros (USD 225 million)". */
    private static int pastConvertedSum(Sentence sentence, int open) {
        if (open >= sentence.size() || !sentence.token(open).lower().equals("(")) {
            return open;
        }
        for (int k = open + 1; k < sentence.size(); k++) {
            Token token = sentence.token(k);
            if (token.lower().equals(")")) {
                return k + 1;
            }
            if (!sumWord(token) && !token.is(Pos.PROPN)) {
                return open;
            }
        }
        return open;
    }

    /** The country a currency is named by, before the money word: "US dollars", "Canadian dollars". */
    private static boolean currencyCountry(Sentence sentence, int k) {
        return k + 1 < sentence.size() && (sentence.token(k).is(Pos.PROPN) || sentence.token(k).is(Pos.ADJ))
                && MONEY.contains(sentence.token(k + 1).lemma());
    }

    /**
     * Past the commitment the sum measures, the sum standing as its modifier: "$192 million [multi-year
     * pledge]", "$50 million [aid package]"; the phrase's head is a commitment noun.
     */
    private static int pastPledgeNoun(Sentence sentence, int at) {
        for (int k = at; k < sentence.size() && k - at < PLEDGE_NOUN_REACH; k++) {
            Token token = sentence.token(k);
            if (token.is(Pos.NOUN) && CommitmentWords.standard().noun(token.lemma()) != null) {
                return k + 1;
            }
            if (!token.is(Pos.ADJ) && !token.is(Pos.NOUN) && !token.lower().equals("-")) {
                return at;
            }
        }
        return at;
    }

    /** A word of a sum the tagger may have left out of its phrase: "$", "192", "million". */
    private static boolean sumWord(Token token) {
        return token.is(Pos.NUM) || token.is(Pos.SYM) && !token.lower().equals("%") || MONEY.contains(token.lemma());
    }

    /** The end of a pledged sum's phrase, with what it is in ("$300 million in aid"). */
    static int end(Sentence sentence, int from) {
        int start = pastApproximation(sentence, from);
        Chunk sum = sentence.nounPhraseStartingAt(start);
        int end = sum != null ? sum.to() : start + 1;
        while (end < sentence.size() && (sumWord(sentence.token(end)) || currencyCountry(sentence, end))) {
            end++;
        }
        end = pastConvertedSum(sentence, end);
        end = pastPledgeNoun(sentence, end);
        if (end + 1 < sentence.size() && SUM_CONTENTS.contains(sentence.token(end).lower())) {
            Chunk content = sentence.nounPhraseStartingAt(end + 1);
            end = content != null ? content.to() : end;
        }
        end = pastPeriod(sentence, end);
        if (end + 1 < sentence.size() && sentence.token(end).lower().equals("and") && sumWord(sentence.token(end + 1))) {
            return end(sentence, end + 1);
        }
        return end;
    }

    /** Past the year a sum is for: "$458 million for 2017". */
    private static int pastPeriod(Sentence sentence, int at) {
        boolean period = at + 1 < sentence.size() && sentence.token(at).lower().equals(SUM_PERIOD)
                && YEAR.matcher(sentence.token(at + 1).lower()).matches();
        return period ? at + 2 : at;
    }
}
