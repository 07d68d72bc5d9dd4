package dev.briefing.processor.mention;

import static org.assertj.core.api.Assertions.assertThat;

import dev.briefing.processor.Analysis;
import dev.briefing.processor.Fixtures;
import org.junit.jupiter.api.Test;

class GazetteerOrganizationExtractorTests {

    private final GazetteerOrganizationExtractor extractor = GazetteerOrganizationExtractor.standard();

    @Test
    void findsOrganisationsByNameAndAlias() {
        assertThat(extractor.extract(Analysis.document("Nato and the European Union met the UN.")))
                .extracting(Mention::key).containsExactly("NATO", "EU", "UN");
    }

    @Test
    void readsOrganisationsTheGazetteerDoesNotKnowByTheShapeOfTheirNames() {
        assertThat(extractor.extract(Analysis.document(Fixtures.text("organisations-by-name-shape.txt"))))
                .extracting(Mention::key)
                .containsExactly("Ministry of Fisheries", "Department for Coasts and Harbours", "Coastal Federation",
                        "Harbour Trust");
    }

    @Test
    void readsANameWhoseHeadWordIsFollowedByOfOrForWhateverHeadsItsComplementHolds() {
        assertThat(extractor.extract(Analysis.document("The Harbour Institute for River School Studies met.")))
                .extracting(Mention::key).containsExactly("Harbour Institute for River School Studies");
    }

    @Test
    void readsAnUnknownAcronymAfterTheAsAnOrganisationButNotAPlaceOrAnOffice() {
        GazetteerOrganizationExtractor withCountries = GazetteerOrganizationExtractor.standard(
                GazetteerCountryExtractor.standard());
        assertThat(withCountries.extract(Analysis.document("The CEO of the HWTU met the USA and the PFLC.")))
                .extracting(Mention::key).containsExactly("HWTU", "PFLC");
    }

    @Test
    void prefersALongerNameByShapeToAKnownNameItOpensWith() {
        assertThat(extractor.extract(Analysis.document("The State Department Ferry Safety Center said ferries were late.")))
                .extracting(Mention::key).containsExactly("State Department Ferry Safety Center");
    }

    @Test
    void knowsTheNounsThatReferBackToAnOrganisation() {
        assertThat(extractor.calledBy("alliance")).contains("NATO");
        assertThat(extractor.calledBy("harbour")).isEmpty();
    }
}
