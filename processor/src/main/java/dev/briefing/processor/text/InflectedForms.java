package dev.briefing.processor.text;

import java.util.LinkedHashSet;
import java.util.Set;

/**
 * The regular inflections of an English lemma (Quirk et al., "A Comprehensive Grammar of the English
 * Language", 1985, §3.5 and §5.84): third person and plural in -s or -es, past and participle in -ed,
 * present participle in -ing, with the spelling rules of final -e, -y and doubled consonants (both
 * spellings of a doubling, "travelled" and "traveled"). Irregular forms are the statistical
 * lemmatizer's; these let a word of the reference data be recognised in any regular form, even one
 * the statistical lemmatizer misreads ("condemned", "applauded").
 */
public final class InflectedForms {

    private static final String VOWELS = "aeiou";

    private InflectedForms() {
    }

    /** The lemma and its regular inflected forms, lower case. */
    public static Set<String> of(String lemma) {
        Set<String> forms = new LinkedHashSet<>();
        forms.add(lemma);
        if (lemma.length() < 2 || lemma.indexOf(' ') >= 0) {
            return forms;
        }
        forms.add(thirdPerson(lemma));
        forms.addAll(suffixed(lemma, "ed"));
        forms.addAll(suffixed(lemma, "ing"));
        return forms;
    }

    private static String thirdPerson(String lemma) {
        if (lemma.endsWith("s") || lemma.endsWith("x") || lemma.endsWith("z") || lemma.endsWith("ch")
                || lemma.endsWith("sh")) {
            return lemma + "es";
        }
        if (consonantY(lemma)) {
            return lemma.substring(0, lemma.length() - 1) + "ies";
        }
        return lemma + "s";
    }

    private static Set<String> suffixed(String lemma, String suffix) {
        Set<String> forms = new LinkedHashSet<>();
        boolean ed = suffix.equals("ed");
        if (lemma.endsWith("ie") && !ed) {
            forms.add(lemma.substring(0, lemma.length() - 2) + "ying");
        }
        else if (lemma.endsWith("e") && !lemma.endsWith("ee") && !lemma.endsWith("ye") && !lemma.endsWith("oe")) {
            forms.add(lemma.substring(0, lemma.length() - 1) + suffix);
        }
        else if (lemma.endsWith("ee") || lemma.endsWith("ye") || lemma.endsWith("oe")) {
            forms.add(ed ? lemma + "d" : lemma + suffix);
        }
        else if (consonantY(lemma) && ed) {
            forms.add(lemma.substring(0, lemma.length() - 1) + "ied");
        }
        else {
            forms.add(lemma + suffix);
            if (endsConsonantVowelConsonant(lemma)) {
                forms.add(lemma + lemma.charAt(lemma.length() - 1) + suffix);
            }
        }
        return forms;
    }

    private static boolean consonantY(String lemma) {
        return lemma.endsWith("y") && lemma.length() > 1 && VOWELS.indexOf(lemma.charAt(lemma.length() - 2)) < 0;
    }

    private static boolean endsConsonantVowelConsonant(String lemma) {
        int n = lemma.length();
        if (n < 3) {
            return false;
        }
        char last = lemma.charAt(n - 1);
        return VOWELS.indexOf(last) < 0 && "wxy".indexOf(last) < 0 && VOWELS.indexOf(lemma.charAt(n - 2)) >= 0
                && VOWELS.indexOf(lemma.charAt(n - 3)) < 0;
    }
}
