package dev.briefing.processor.reference;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import dev.briefing.processor.text.Token;
import org.jspecify.annotations.Nullable;

/**
 * Looks up phrases written as lemmas ("need to", "call for") in tokens by their lemmas, longest
 * phrase first, with a hash look-up per token: reference data at lemma level match every
 * inflection ("needs to", "called for").
 *
 * @param <V> what a phrase stands for
 */
public final class LemmaPhrases<V> {

    /** A phrase found: its value and the tokens it covers. */
    public record Match<V>(V value, int start, int end) {
    }

    private record Entry<V>(String[] lemmas, V value) {
    }

    private final Map<String, List<Entry<V>>> byFirst = new HashMap<>();

    /** Adds a phrase of lemmas separated by spaces; the first value given for a phrase wins. */
    public LemmaPhrases<V> add(String phrase, V value) {
        String[] lemmas = phrase.strip().split("\\s+");
        List<Entry<V>> entries = byFirst.computeIfAbsent(lemmas[0], l -> new ArrayList<>());
        for (Entry<V> entry : entries) {
            if (java.util.Arrays.equals(entry.lemmas(), lemmas)) {
                return this;
            }
        }
        entries.add(new Entry<>(lemmas, value));
        entries.sort(Comparator.comparingInt((Entry<V> entry) -> entry.lemmas().length).reversed());
        return this;
    }

    /** The longest phrase starting at token {@code i}, or null. */
    public @Nullable Match<V> at(List<Token> tokens, int i) {
        List<Entry<V>> entries = candidates(tokens.get(i));
        if (entries == null) {
            return null;
        }
        for (Entry<V> entry : entries) {
            if (matches(entry.lemmas(), tokens, i)) {
                return new Match<>(entry.value(), i, i + entry.lemmas().length);
            }
        }
        return null;
    }

    /** The first phrase found in tokens {@code [from, to)}, scanning left to right, or null. */
    public @Nullable Match<V> first(List<Token> tokens, int from, int to) {
        for (int k = Math.max(0, from); k < to && k < tokens.size(); k++) {
            Match<V> match = at(tokens, k);
            if (match != null && match.end() <= to) {
                return match;
            }
        }
        return null;
    }

    public boolean isEmpty() {
        return byFirst.isEmpty();
    }

    private @Nullable List<Entry<V>> candidates(Token token) {
        List<Entry<V>> entries = byFirst.get(token.lemma());
        return entries != null ? entries : byFirst.get(token.lower());
    }

    private static boolean matches(String[] lemmas, List<Token> tokens, int i) {
        if (i + lemmas.length > tokens.size()) {
            return false;
        }
        for (int k = 1; k < lemmas.length; k++) {
            Token token = tokens.get(i + k);
            if (!lemmas[k].equals(token.lemma()) && !lemmas[k].equals(token.lower())) {
                return false;
            }
        }
        return true;
    }
}
