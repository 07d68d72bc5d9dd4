package dev.briefing.processor;

import java.util.List;
import java.util.Map;

import dev.briefing.processor.summary.Person;
import dev.briefing.processor.text.ArticleDocument;

/**
 * Finds the people an article names, with the titles and affiliations it gives them, and every place
 * where it names them again (by surname, "Mr Kishida").
 *
 * <p>An empty result means the article names nobody this extractor recognises as a person.
 */
public interface PersonExtractor {

    /** A person's gender where the text tells it ("Mrs", "spokeswoman"), for reading "he" and "she". */
    enum Gender {
        MALE, FEMALE
    }

    /**
     * @param people   each person once, in order of first mention
     * @param mentions every mention in text order, {@link Mention#id()} the person's full name
     * @param genders  the gender of the people whose gender the text tells, by full name
     */
    record People(List<Person> people, List<Mention> mentions, Map<String, Gender> genders) {

        public People {
            people = List.copyOf(people);
            mentions = List.copyOf(mentions);
            genders = Map.copyOf(genders);
        }
    }

    /**
     * @param countries the article's country mentions, for affiliations ("Japan's Prime Minister")
     * @param organizations the article's organisation mentions ("NATO Secretary General")
     */
    People extract(ArticleDocument document, List<Mention> countries, List<Mention> organizations);
}
