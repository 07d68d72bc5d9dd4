package dev.briefing.processor.text;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

import opennlp.tools.lemmatizer.LemmatizerME;
import opennlp.tools.lemmatizer.LemmatizerModel;
import org.jspecify.annotations.Nullable;

/**
 * Lemmas of tagged words. A regular inflection of a lemma the reference data know (see
 * {@link InflectedForms}) gives that lemma; any other word goes to OpenNLP's statistical lemmatizer
 * (UD English-EWT model), whose answers are cached by word and tag, since the words of news repeat:
 * the model costs about 40 microseconds a word, the cache a hash look-up.
 *
 * <p>Thread-safe: the model is shared, each thread has its own lemmatizer, the cache is concurrent
 * and bounded.
 */
public final class CachingLemmatizer {

    private static final String MODEL = "/opennlp-en-ud-ewt-lemmas-1.3-2.5.4.bin";

    /** Entries kept at most; past it, new words are lemmatized each time (a long run's rare words). */
    private static final int CACHE_LIMIT = 200_000;

    /** Regular forms of the known lemmas, by word class: "worried" is "worry" as a verb, "worried" as an adjective. */
    private final Map<String, Map<String, String>> known;

    private final ThreadLocal<LemmatizerME> model;

    private final Map<String, String> cache = new ConcurrentHashMap<>();

    /**
     * @param knownLemmas lemmas whose regular forms are recognised without the model, by the UPOS tag
     *                    of their word class ("VERB", "NOUN", "ADJ")
     */
    public CachingLemmatizer(Map<String, ? extends Collection<String>> knownLemmas) {
        this(knownLemmas, Map.of());
    }

    /**
     * @param knownLemmas    lemmas whose regular forms are recognised without the model, by the UPOS
     *                       tag of their word class ("VERB", "NOUN", "ADJ")
     * @param irregularVerbs irregular verb forms and their lemmas ("said": "say"), recognised for the
     *                       known verb lemmas
     */
    public CachingLemmatizer(Map<String, ? extends Collection<String>> knownLemmas, Map<String, String> irregularVerbs) {
        Map<String, Map<String, String>> byClass = new HashMap<>();
        knownLemmas.forEach((tag, lemmas) -> {
            Map<String, String> forms = new HashMap<>();
            for (String lemma : lemmas) {
                if (tag.equals("ADJ")) {
                    forms.put(lemma, lemma);
                }
                else {
                    InflectedForms.of(lemma).forEach(form -> forms.putIfAbsent(form, lemma));
                }
            }
            lemmas.forEach(lemma -> forms.put(lemma, lemma));
            if (tag.equals("VERB")) {
                irregularVerbs.forEach((form, lemma) -> {
                    if (lemmas.contains(lemma)) {
                        forms.putIfAbsent(form, lemma);
                    }
                });
            }
            byClass.put(tag, Map.copyOf(forms));
        });
        this.known = Map.copyOf(byClass);
        LemmatizerModel loaded = load();
        this.model = ThreadLocal.withInitial(() -> new LemmatizerME(loaded));
    }

    /**
     * The lemma of a word in its look-up form with its OpenNLP tag; for a contraction tagged with
     * two tags ("AUX+PART" for "won't") the lemmas joined by "+" ("will+not").
     */
    public String lemma(String lower, String tag) {
        if (!lemmatized(tag)) {
            return lower;
        }
        String form = known.getOrDefault(tag.equals("AUX") ? "VERB" : tag, Map.of()).get(lower);
        if (form != null) {
            return form;
        }
        String key = tag + ' ' + lower;
        String cached = cache.get(key);
        if (cached != null) {
            return cached;
        }
        String lemma = model.get().lemmatize(new String[] {lower}, new String[] {tag})[0];
        if (lemma.isEmpty() || lemma.equals("O")) {
            lemma = lower;
        }
        if (cache.size() < CACHE_LIMIT) {
            cache.put(key, lemma);
        }
        return lemma;
    }

    /** The lemma of a regular plural of a noun of the reference data ("donors": "donor"), or null. */
    public @Nullable String knownPlural(String lower) {
        String lemma = known.getOrDefault("NOUN", Map.of()).get(lower);
        return lemma == null || lemma.equals(lower) ? null : lemma;
    }

    /** Whether the word is, as it is written, a noun of the reference data ("chief", "official"). */
    public boolean knownNoun(String lower) {
        return lower.equals(known.getOrDefault("NOUN", Map.of()).get(lower));
    }

    /** Whether the lemma is a verb of the reference data. */
    public boolean knownVerb(String lemma) {
        Map<String, String> verbs = known.getOrDefault("VERB", Map.of());
        return verbs.containsKey(lemma) && verbs.get(lemma).equals(lemma);
    }

    /** Only words whose lemma differs from their form in English: verbs, nouns, adjectives, contractions. */
    private static boolean lemmatized(String tag) {
        return tag.equals("VERB") || tag.equals("AUX") || tag.equals("NOUN") || tag.equals("ADJ")
                || tag.indexOf('+') >= 0;
    }

    private static LemmatizerModel load() {
        try (InputStream in = Objects.requireNonNull(CachingLemmatizer.class.getResourceAsStream(MODEL), MODEL)) {
            return new LemmatizerModel(in);
        }
        catch (IOException ex) {
            throw new UncheckedIOException("Cannot load the lemmatizer model " + MODEL, ex);
        }
    }
}
