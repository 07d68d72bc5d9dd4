package dev.briefing.processor.story;

import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

import org.jspecify.annotations.Nullable;

/**
 * What grouping into stories and telling a story need of an article's text, staged beside its
 * summary when it is extracted: its headline as the page shows it, its lead (the sentence or two
 * that say what happened), and its content words with their counts.
 *
 * @param headline  the first line that reads as a headline (not a caption, credit or dateline), or null
 * @param lead      the opening sentences of its first prose paragraph, dateline taken off, or null
 * @param leadStart offset of the lead in the article text as read, or -1 without a lead
 * @param leadEnd   offset just after the lead, or -1
 * @param terms     its most frequent content words ({@link ContentWords}) and how often each occurs
 */
public record StoryProfile(@Nullable String headline, @Nullable String lead, int leadStart, int leadEnd,
        Map<String, Integer> terms) {

    /** A profile with nothing in it, for an article staged before profiles were. */
    public static final StoryProfile EMPTY = new StoryProfile(null, null, -1, -1, Map.of());

    public StoryProfile {
        terms = new TreeMap<>(Objects.requireNonNull(terms, "terms"));
        if (lead == null ? leadStart != -1 || leadEnd != -1 : leadStart < 0 || leadEnd - leadStart != lead.length()) {
            throw new IllegalArgumentException("lead offsets " + leadStart + "-" + leadEnd + " do not fit: " + lead);
        }
        terms.forEach((term, count) -> {
            if (count < 1) {
                throw new IllegalArgumentException("a term occurs at least once: " + term);
            }
        });
    }
}
