package dev.briefing.processor.summary;

import java.util.Objects;

import org.jspecify.annotations.Nullable;

/**
 * Who holds a position or makes a commitment.
 *
 * @param name         the actor's name: "Fumio Kishida", "Japan", "NATO", "The Yomiuri Shimbun"
 * @param type         what kind of actor it is
 * @param country      ISO 3166-1 alpha-2 code of the actor's country, or null
 * @param organization the organisation the actor speaks for, or null
 */
public record Actor(String name, ActorType type, @Nullable String country, @Nullable String organization) {

    public Actor {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
        if (name.isBlank()) {
            throw new IllegalArgumentException("actor name is blank");
        }
        if (country != null && !CountryMention.isAlpha2(country)) {
            throw new IllegalArgumentException("not an ISO 3166-1 alpha-2 code: " + country);
        }
    }
}
