package dev.briefing.processor.summary;

import java.util.Objects;

import org.jspecify.annotations.Nullable;

/**
 * A person the article names, with the title and affiliation it gives them.
 *
 * @param name         full name as first given ("Fumio Kishida")
 * @param title        title or office ("Prime Minister"), or null
 * @param country      ISO 3166-1 alpha-2 code of the country they act for, or null
 * @param organization the organisation they act for ("NATO"), or null
 */
public record Person(String name, @Nullable String title, @Nullable String country, @Nullable String organization) {

    public Person {
        Objects.requireNonNull(name, "name");
        if (name.isBlank()) {
            throw new IllegalArgumentException("person name is blank");
        }
        if (country != null && !CountryMention.isAlpha2(country)) {
            throw new IllegalArgumentException("not an ISO 3166-1 alpha-2 code: " + country);
        }
    }
}
