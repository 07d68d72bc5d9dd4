package dev.briefing.processor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import dev.briefing.processor.summary.Person;
import org.junit.jupiter.api.Test;

class TitlePersonExtractorTests {

    private final TitlePersonExtractor extractor = TitlePersonExtractor.standard();

    private PersonExtractor.People people(String fixture) {
        var document = Documents.fixture(fixture);
        var countries = GazetteerCountryExtractor.standard().extract(document);
        var organizations = GazetteerOrganizationExtractor.standard().extract(document);
        return extractor.extract(document, countries, organizations);
    }

    @Test
    void readsTitlesBeforeNamesAndInAppositionWithTheirAffiliations() {
        assertThat(people("people-with-titles.txt").people()).containsExactly(
                new Person("Olaf Brandt", "Secretary General", null, "NATO"),
                new Person("Carla Mendes", "Foreign Minister", "BR", null));
    }

    @Test
    void resolvesLaterMentionsBySurnameButNotNamesInPageFurniture() {
        assertThat(people("people-with-titles.txt").mentions()).extracting(Mention::id, Mention::form)
                .containsExactly(tuple("Olaf Brandt", "Olaf Brandt"), tuple("Carla Mendes", "Carla Mendes"),
                        tuple("Olaf Brandt", "Brandt"), tuple("Carla Mendes", "Mendes"));
    }

    @Test
    void doesNotResolveASurnameUnderATitleOfTheOtherGender() {
        assertThat(people("spouses-sharing-a-surname.txt").mentions()).extracting(Mention::form)
                .containsExactly("Daniel Pryce", "Pryce");
    }

    @Test
    void findsNobodyWhereNoNameIsGiven() {
        var document = Documents.of("The minister said the plan was ready. Officials in Lisbon agreed.");
        assertThat(extractor.extract(document, java.util.List.of(), java.util.List.of()).people()).isEmpty();
    }
}
