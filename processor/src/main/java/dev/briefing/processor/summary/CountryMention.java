package dev.briefing.processor.summary;

import java.util.List;
import java.util.Objects;

/**
 * A country the article names, by name, alias, demonym, capital standing for its government, or a
 * resolved reference.
 *
 * @param code     ISO 3166-1 alpha-2 code
 * @param name     the country's common English name
 * @param mentions how many times the article names it
 * @param forms    the distinct forms seen, in order of first appearance ("Japan", "Japanese", "Tokyo")
 */
public record CountryMention(String code, String name, int mentions, List<String> forms) {

    public CountryMention {
        Objects.requireNonNull(name, "name");
        if (!isAlpha2(code)) {
            throw new IllegalArgumentException("not an ISO 3166-1 alpha-2 code: " + code);
        }
        if (mentions < 1) {
            throw new IllegalArgumentException("a named country has at least one mention: " + code);
        }
        forms = List.copyOf(forms);
    }

    static boolean isAlpha2(String code) {
        return code != null && code.length() == 2 && Character.isUpperCase(code.charAt(0))
                && Character.isUpperCase(code.charAt(1));
    }
}
