package dev.briefing.processor.reference;

import java.time.DayOfWeek;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Small classes of words the layers read by their role in a sentence ({@code word-classes.tsv}):
 * copulas, telling verbs, quantifiers, name particles, time words and the like.
 */
public final class WordClasses {

    private static final String TIME = "time";

    private static final WordClasses STANDARD = load();

    private final Map<String, Set<String>> classes;

    private WordClasses(Map<String, Set<String>> classes) {
        this.classes = Map.copyOf(classes);
    }

    /** The project's word classes. */
    public static WordClasses standard() {
        return STANDARD;
    }

    /**
     * The words of a class, as the file writes them.
     *
     * @throws IllegalArgumentException when the file has no such class, a mistyped name in code
     */
    public Set<String> of(String name) {
        Set<String> words = classes.get(name);
        if (words == null) {
            throw new IllegalArgumentException("word-classes.tsv has no class " + name);
        }
        return words;
    }

    private static WordClasses load() {
        Map<String, Set<String>> classes = new HashMap<>();
        for (String[] row : ReferenceData.rows("word-classes.tsv")) {
            classes.computeIfAbsent(row[0], name -> new HashSet<>()).add(row[1].strip());
        }
        Set<String> time = classes.computeIfAbsent(TIME, name -> new HashSet<>());
        for (DayOfWeek day : DayOfWeek.values()) {
            time.add(day.getDisplayName(TextStyle.FULL, Locale.ENGLISH).toLowerCase(Locale.ROOT));
        }
        for (Month month : Month.values()) {
            time.add(month.getDisplayName(TextStyle.FULL, Locale.ENGLISH).toLowerCase(Locale.ROOT));
        }
        Map<String, Set<String>> frozen = new HashMap<>();
        classes.forEach((name, words) -> frozen.put(name, Set.copyOf(words)));
        return new WordClasses(frozen);
    }
}
