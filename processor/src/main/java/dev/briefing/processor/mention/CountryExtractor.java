package dev.briefing.processor.mention;

import java.util.List;

import dev.briefing.processor.text.ArticleDocument;

/**
 * Finds the places where an article names a country: by name, alias, demonym, or capital standing
 * for its government ("Beijing said"). References back ("the country") are the reference layer's.
 *
 * <p>Returns {@link MentionKind#COUNTRY} mentions in text order, keyed by alpha-2 code. An empty
 * list means the article names no country.
 */
public interface CountryExtractor {

    List<Mention> extract(ArticleDocument document);

    /**
     * Whether the one word at token {@code i} is a form of the gazetteer (a country, demonym or
     * capital, or a place named after one), whether or not it names a country there: such a word is
     * no person's name by itself ("Moscow's action").
     */
    boolean placeAt(List<dev.briefing.processor.text.Token> tokens, int i);

    /** The country's common English name ("Japan" for JP), or the code itself for an unknown code. */
    String name(String code);
}
