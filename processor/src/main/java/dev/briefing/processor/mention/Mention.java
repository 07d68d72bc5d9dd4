package dev.briefing.processor.mention;

import java.util.Objects;

import dev.briefing.processor.reference.Gender;
import org.jspecify.annotations.Nullable;

/**
 * One place where an article names a person, country, organisation or described source.
 *
 * @param kind         what it names
 * @param sentence     index of its sentence
 * @param from         index of its first token in that sentence
 * @param to           index just after its last token
 * @param key          what it names: a person's name as written, a country's alpha-2 code, an
 *                     organisation's canonical name, a described source's words
 * @param form         the words of the text ("Japanese", "Kishida", "the Home Office spokeswoman")
 * @param title        a person's title given here ("Prime Minister"), or null
 * @param country      the country a person or source is given here (alpha-2), or null
 * @param organization the organisation a person or source is given here, or null
 * @param gender       the gender the words tell, or null
 * @param plural       whether it names several ("officials", "the two leaders")
 */
public record Mention(MentionKind kind, int sentence, int from, int to, String key, String form,
        @Nullable String title, @Nullable String country, @Nullable String organization, @Nullable Gender gender,
        boolean plural) {

    public Mention {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(form, "form");
        if (from < 0 || to <= from) {
            throw new IllegalArgumentException("bad token range [%d, %d) of %s".formatted(from, to, form));
        }
    }

    /** A country or organisation mention: no title, affiliation or gender. */
    public static Mention named(MentionKind kind, int sentence, int from, int to, String key, String form) {
        return new Mention(kind, sentence, from, to, key, form, null, null, null, null, false);
    }

    public boolean covers(int token) {
        return token >= from && token < to;
    }

    /** True when this mention ends before the given place in the text. */
    public boolean before(int atSentence, int token) {
        return sentence < atSentence || sentence == atSentence && to <= token;
    }
}
