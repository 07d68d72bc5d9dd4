package dev.briefing.processor.summary;

import java.util.List;
import java.util.Objects;

/**
 * An organisation the article names (NATO, the EU, G7), counting aliases and resolved references
 * ("the alliance" after NATO).
 *
 * @param name     the organisation's short canonical name
 * @param mentions how many times the article names or refers to it
 * @param forms    the distinct forms seen, in order of first appearance
 */
public record OrganizationMention(String name, int mentions, List<String> forms) {

    public OrganizationMention {
        Objects.requireNonNull(name, "name");
        if (mentions < 1) {
            throw new IllegalArgumentException("a named organisation has at least one mention: " + name);
        }
        forms = List.copyOf(forms);
    }
}
