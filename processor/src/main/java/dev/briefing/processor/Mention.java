package dev.briefing.processor;

import java.util.Objects;

/**
 * One place where an article names a country, organisation or person, or refers back to one.
 *
 * @param id       what is named: an alpha-2 code, an organisation's canonical name, a person's full name
 * @param name     how a briefing shows it ("Japan", "NATO", "Fumio Kishida")
 * @param form     the words of the text ("Japanese", "the alliance", "Kishida")
 * @param sentence index of the sentence it is in
 * @param from     index of its first token in that sentence
 * @param to       index just after its last token
 */
public record Mention(String id, String name, String form, int sentence, int from, int to) {

    public Mention {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(form, "form");
        if (from < 0 || to <= from) {
            throw new IllegalArgumentException("bad token range [%d, %d)".formatted(from, to));
        }
    }

    /** True when this mention comes before the given place in the text. */
    public boolean before(int sentence, int token) {
        return this.sentence < sentence || (this.sentence == sentence && this.to <= token);
    }
}
