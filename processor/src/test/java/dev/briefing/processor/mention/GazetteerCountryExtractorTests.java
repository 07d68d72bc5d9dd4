package dev.briefing.processor.mention;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.util.List;

import dev.briefing.processor.Analysis;
import dev.briefing.processor.Fixtures;
import org.junit.jupiter.api.Test;

class GazetteerCountryExtractorTests {

    private final GazetteerCountryExtractor extractor = GazetteerCountryExtractor.standard();

    private List<Mention> mentions(String text) {
        return extractor.extract(Analysis.document(text));
    }

    private List<String> codes(String fixture) {
        return mentions(Fixtures.text(fixture)).stream().map(Mention::key).distinct().toList();
    }

    @Test
    void countsNamesAndDemonymsWithTheFormsSeen() {
        assertThat(mentions(Fixtures.text("news-with-byline.txt"))).extracting(Mention::key, Mention::form)
                .containsExactly(tuple("TR", "Turkish"), tuple("UA", "Ukrainian"), tuple("TR", "Turkey"));
    }

    @Test
    void prefersTheLongestName() {
        assertThat(mentions("South Korea and North Korea met.")).extracting(Mention::key).containsExactly("KR", "KP");
    }

    @Test
    void countsACapitalOnlyWhereItStandsForTheGovernment() {
        assertThat(codes("capital-as-government.txt")).containsExactly("CN", "RU");
    }

    @Test
    void countsACapitalBeforeAnyFormOfAReportingVerb() {
        assertThat(mentions("Nairobi warned the brokers. Accra condemns the raids.")).extracting(Mention::key)
                .containsExactly("KE", "GH");
    }

    @Test
    void doesNotCountPlacesOrRegionsNamedAfterACountryNorLanguages() {
        assertThat(codes("places-named-after-countries.txt")).isEmpty();
    }

    @Test
    void readsNoPersonalNameIntoACountryNameInATitleCaseHeadline() {
        assertThat(mentions(Fixtures.text("country-name-in-a-title-case-headline.txt")))
                .extracting(Mention::key, Mention::sentence)
                .containsExactly(tuple("CN", 0), tuple("CN", 2), tuple("RU", 2));
    }

    @Test
    void doesNotCountAPersonSharingACountrysNameButCountsPluralDemonyms() {
        assertThat(codes("country-names-as-people.txt")).containsExactly("TD", "NG");
    }

    @Test
    void findsNothingInPageFurniture() {
        assertThat(codes("furniture-and-comments.txt")).containsExactly("NO", "IS");
    }

    @Test
    void findsNothingInATextWithoutCountries() {
        assertThat(mentions("The council met on Tuesday.")).isEmpty();
    }
}
