package dev.briefing.writer;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import dev.briefing.processor.story.Story;
import dev.briefing.processor.summary.Actor;
import dev.briefing.processor.summary.ArticleSummary;
import dev.briefing.processor.summary.CountryMention;
import dev.briefing.processor.summary.Position;

/**
 * How much each country is involved in the run: the articles naming it, its mentions, the positions
 * it holds and those about it. Bounded by the number of countries, whatever the number of articles.
 */
final class CountryTally {

    /** One country's counts. */
    static final class Counts {

        final String code;

        String name;

        int articles;

        int mentions;

        int asHolder;

        int asSubject;

        Counts(String code, String name) {
            this.code = code;
            this.name = name;
        }
    }

    private final Map<String, Counts> counts = new HashMap<>();

    void add(Story story) {
        for (ArticleSummary article : story.articles()) {
            for (CountryMention country : article.countries()) {
                Counts c = of(country.code(), country.name());
                c.articles++;
                c.mentions += country.mentions();
            }
            for (Position position : article.positions()) {
                for (Actor holder : position.holders()) {
                    if (holder.country() != null) {
                        of(holder.country(), holder.country()).asHolder++;
                    }
                }
                position.about().forEach(code -> of(code, code).asSubject++);
            }
        }
    }

    private Counts of(String code, String name) {
        Counts c = counts.computeIfAbsent(code, k -> new Counts(code, name));
        if (c.name.equals(c.code) && !name.equals(code)) {
            c.name = name;
        }
        return c;
    }

    /** Countries most involved first: most articles, then most mentions, then by name. */
    List<Counts> ranked() {
        return counts.values().stream().sorted(Comparator.comparingInt((Counts c) -> -c.articles)
                .thenComparingInt(c -> -c.mentions).thenComparing(c -> c.name)).toList();
    }
}
