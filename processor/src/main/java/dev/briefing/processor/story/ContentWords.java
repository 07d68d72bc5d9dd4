package dev.briefing.processor.story;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import dev.briefing.processor.reference.ReferenceData;
import opennlp.tools.stemmer.PorterStemmer;

/**
 * The content words of a text as stories and facts compare them: lower-cased words of three letters
 * or more (and four-digit years), without the words of {@code story-stopwords.tsv}, reduced to their
 * Porter stem ("talks" and "talked" are one word), accents off ("Erdoğan" and "Erdogan", "Türkiye" and
 * "Turkiye" are one word, as outlets spell them either way), and the paraphrases of
 * {@code story-paraphrases.tsv} reduced to the first word of their class.
 *
 * <p>Thread-safe: the stemmer, which keeps state, is made per call.
 */
public final class ContentWords {

    private static final int MIN_LENGTH = 3;

    /** Combining marks left by canonical decomposition: "Erdoğan" reads as "Erdogan". */
    private static final int ASCII = 0x80;

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");

    private static final Set<String> STOPWORDS = Set.copyOf(ReferenceData.rows("story-stopwords.tsv").stream()
            .map(row -> row[0].strip()).toList());

    private static final Map<String, String> PARAPHRASES = paraphrases();

    private ContentWords() {
    }

    /** The content words of a text, in text order, repeats kept. */
    public static List<String> of(String text) {
        PorterStemmer stemmer = new PorterStemmer();
        List<String> words = new ArrayList<>();
        String lower = plain(text).toLowerCase(Locale.ROOT);
        int start = -1;
        for (int i = 0; i <= lower.length(); i++) {
            boolean letter = i < lower.length() && Character.isLetterOrDigit(lower.charAt(i));
            if (letter && start < 0) {
                start = i;
            }
            else if (!letter && start >= 0) {
                add(lower.substring(start, i), stemmer, words);
                start = -1;
            }
        }
        return words;
    }

    /** The text without accents; the dotless i of Turkish names read as i. */
    private static String plain(String text) {
        String folded = text.replace('ı', 'i').replace('İ', 'I');
        if (folded.chars().allMatch(c -> c < ASCII)) {
            return folded;
        }
        return MARKS.matcher(Normalizer.normalize(folded, Normalizer.Form.NFD)).replaceAll("");
    }

    private static void add(String word, PorterStemmer stemmer, List<String> words) {
        if (word.length() < MIN_LENGTH || STOPWORDS.contains(word) || !meaningful(word)) {
            return;
        }
        String stem = stemmer.stem(word);
        words.add(PARAPHRASES.getOrDefault(stem, stem));
    }

    /** Words of letters, or a year: other numbers (counts, times) say little about an event. */
    private static boolean meaningful(String word) {
        boolean digits = word.chars().allMatch(Character::isDigit);
        if (!digits) {
            return word.chars().anyMatch(Character::isLetter);
        }
        return word.length() == 4 && (word.startsWith("19") || word.startsWith("20"));
    }

    private static Map<String, String> paraphrases() {
        PorterStemmer stemmer = new PorterStemmer();
        Map<String, String> classes = new HashMap<>();
        for (String[] row : ReferenceData.rows("story-paraphrases.tsv")) {
            String head = stemmer.stem(row[0].strip());
            for (String word : ReferenceData.items(row[1])) {
                for (String part : word.split(" ")) {
                    if (!STOPWORDS.contains(part) && part.length() >= MIN_LENGTH) {
                        classes.putIfAbsent(stemmer.stem(part), head);
                    }
                }
            }
        }
        return Map.copyOf(classes);
    }
}
