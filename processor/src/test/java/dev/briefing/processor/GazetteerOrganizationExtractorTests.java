package dev.briefing.processor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import org.junit.jupiter.api.Test;

class GazetteerOrganizationExtractorTests {

    private final GazetteerOrganizationExtractor extractor = GazetteerOrganizationExtractor.standard();

    @Test
    void resolvesReferenceNounsToTheOrganisationLastNamed() {
        assertThat(extractor.extract(Documents.fixture("alliance-reference.txt")))
                .extracting(Mention::id, Mention::form)
                .containsExactly(tuple("NATO", "NATO"), tuple("NATO", "the alliance"), tuple("EU", "European Union"),
                        tuple("EU", "The bloc"));
    }

    @Test
    void readsAReferenceWithModifiersBetweenArticleAndNoun() {
        assertThat(extractor.extract(Documents.fixture("people-with-titles.txt")))
                .extracting(Mention::id, Mention::form)
                .containsExactly(tuple("NATO", "NATO"),
                        tuple("NATO", "the European and North American military alliance"));
    }

    @Test
    void readsOrganisationsTheGazetteerDoesNotKnowByTheShapeOfTheirNames() {
        assertThat(extractor.extract(Documents.fixture("organisations-by-name-shape.txt")))
                .extracting(Mention::id)
                .containsExactly("Ministry of Fisheries", "Department for Coasts and Harbours", "Coastal Federation",
                        "Harbour Trust");
    }

    @Test
    void findsNoReferenceBeforeAnyOrganisationIsNamed() {
        assertThat(extractor.extract(Documents.of("The alliance met. The bloc spoke."))).isEmpty();
    }
}
