package dev.briefing.processor;

import java.util.List;

import dev.briefing.processor.summary.CountryMention;

/**
 * Finds the countries an article names.
 *
 * <p>An empty list means the article names no country. The list is ordered by mentions, most first.
 */
public interface CountryExtractor {

    List<CountryMention> extract(String text);
}
