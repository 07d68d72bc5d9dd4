package dev.briefing.processor.reference;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

import dev.briefing.processor.text.Token;
import dev.briefing.processor.text.OpenNlpTokenizer;
import org.jspecify.annotations.Nullable;

/**
 * Looks up multi-word phrases in a token sequence, longest phrase first, in time proportional to the
 * tokens (a hash look-up per token), not to the size of the lexicon.
 *
 * @param <V> what a phrase stands for
 */
public final class PhraseLexicon<V> {

    /** A phrase found at a token index. */
    public record Match<V>(V value, int start, int end) {

        public int length() {
            return end - start;
        }
    }

    private record Entry<V>(List<String> words, V value) {
    }

    private final Map<String, List<Entry<V>>> byFirstWord = new HashMap<>();

    private final boolean ignoreCase;

    private final Function<String, List<String>> splitter;

    private PhraseLexicon(boolean ignoreCase, Function<String, List<String>> words) {
        this.ignoreCase = ignoreCase;
        this.splitter = words;
    }

    /** A lexicon matching phrases exactly as written ("China" but not "china"), split as the text is. */
    public static <V> PhraseLexicon<V> caseSensitive() {
        return new PhraseLexicon<>(false, OpenNlpTokenizer.shared()::words);
    }

    /** A lexicon matching phrases in any case ("said", "Said"), split as the text is. */
    public static <V> PhraseLexicon<V> ignoringCase() {
        return new PhraseLexicon<>(true, OpenNlpTokenizer.shared()::words);
    }

    /**
     * Adds a phrase unless it is there already; the first value given for a phrase wins. A lexicon
     * that ignores case also adds the phrase as split in lower case, as the text splits a compound
     * by the case of its parts ("Secretary-General" in three tokens, "secretary-general" in one).
     */
    public PhraseLexicon<V> add(String phrase, V value) {
        addSplit(phrase, value);
        if (ignoreCase) {
            addSplit(phrase.toLowerCase(java.util.Locale.ROOT), value);
        }
        return this;
    }

    private void addSplit(String phrase, V value) {
        List<String> words = splitter.apply(phrase).stream().map(this::key).toList();
        if (words.isEmpty()) {
            return;
        }
        List<Entry<V>> entries = byFirstWord.computeIfAbsent(words.getFirst(), w -> new ArrayList<>());
        if (entries.stream().noneMatch(entry -> entry.words().equals(words))) {
            entries.add(new Entry<>(words, value));
            entries.sort(Comparator.comparingInt((Entry<V> entry) -> entry.words().size()).reversed());
        }
    }

    public boolean contains(String phrase) {
        List<String> words = splitter.apply(phrase).stream().map(this::key).toList();
        return !words.isEmpty() && byFirstWord.getOrDefault(words.getFirst(), List.of()).stream()
                .anyMatch(entry -> entry.words().equals(words));
    }

    /** The longest phrase starting at token {@code i}, or null. */
    public @Nullable Match<V> at(List<Token> tokens, int i) {
        List<Entry<V>> entries = byFirstWord.get(key(tokens.get(i)));
        if (entries == null) {
            return null;
        }
        for (Entry<V> entry : entries) {
            if (matches(entry.words(), tokens, i)) {
                return new Match<>(entry.value(), i, i + entry.words().size());
            }
        }
        return null;
    }

    /** Every longest, non-overlapping phrase of the tokens, left to right. */
    public List<Match<V>> all(List<Token> tokens) {
        List<Match<V>> matches = new ArrayList<>();
        int i = 0;
        while (i < tokens.size()) {
            Match<V> match = at(tokens, i);
            if (match != null) {
                matches.add(match);
                i = match.end();
            }
            else {
                i++;
            }
        }
        return matches;
    }

    private boolean matches(List<String> words, List<Token> tokens, int i) {
        if (i + words.size() > tokens.size()) {
            return false;
        }
        for (int k = 1; k < words.size(); k++) {
            if (!words.get(k).equals(key(tokens.get(i + k)))) {
                return false;
            }
        }
        return true;
    }

    private String key(String word) {
        return straightApostrophes(ignoreCase ? word.toLowerCase(Locale.ROOT) : word);
    }

    private String key(Token token) {
        return straightApostrophes(ignoreCase ? token.lower() : token.text());
    }

    private static String straightApostrophes(String word) {
        return word.indexOf('’') >= 0 ? word.replace('’', '\'') : word;
    }
}
