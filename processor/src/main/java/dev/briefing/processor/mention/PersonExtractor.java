package dev.briefing.processor.mention;

import java.util.List;

import dev.briefing.processor.text.ArticleDocument;

/**
 * Finds where an article names people, with the title and affiliation it gives them there, and
 * every later mention by surname ("Kishida", "Mr Blair").
 *
 * <p>Returns {@link MentionKind#PERSON} mentions in text order, keyed by the person's full name, the
 * same key for every mention of one person. An empty list means the article names nobody this
 * extractor recognises as a person.
 */
public interface PersonExtractor {

    /**
     * @param countries     the article's country mentions: never part of a name, and affiliations
     *                      ("Japan's Prime Minister")
     * @param organizations the article's organisation mentions, likewise ("NATO Secretary General")
     */
    List<Mention> extract(ArticleDocument document, List<Mention> countries, List<Mention> organizations);
}
