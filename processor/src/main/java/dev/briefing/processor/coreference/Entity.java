package dev.briefing.processor.coreference;

import java.util.Objects;

import dev.briefing.processor.reference.Gender;
import dev.briefing.processor.summary.Actor;
import dev.briefing.processor.summary.ActorType;
import org.jspecify.annotations.Nullable;

/**
 * Who or what mentions stand for: a person, a country, an organisation, or a described source.
 *
 * @param type         what kind of actor it is
 * @param name         how a briefing names it ("Fumio Kishida", "Japan", "NATO", "Japanese officials")
 * @param title        a person's title, or null
 * @param country      alpha-2 code: a country's own, a person's or source's affiliation; or null
 * @param organization an organisation's own name, a person's or source's affiliation; or null
 * @param gender       a person's gender where the text tells it, or null
 * @param plural       whether it stands for several ("officials")
 */
public record Entity(ActorType type, String name, @Nullable String title, @Nullable String country,
        @Nullable String organization, @Nullable Gender gender, boolean plural) {

    public Entity {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(name, "name");
        if (name.isBlank()) {
            throw new IllegalArgumentException("an entity needs a name");
        }
    }

    /** The actor a briefing shows for this entity. */
    public Actor actor() {
        return new Actor(name, type, country, type == ActorType.ORGANIZATION && organization == null ? name : organization);
    }

    public boolean person() {
        return type == ActorType.PERSON;
    }
}
