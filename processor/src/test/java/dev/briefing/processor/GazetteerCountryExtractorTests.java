package dev.briefing.processor;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class GazetteerCountryExtractorTests {

    private final GazetteerCountryExtractor extractor = GazetteerCountryExtractor.standard();

    private List<String> codes(String fixture) {
        return extractor.extract(Documents.fixture(fixture)).stream().map(Mention::id).distinct().toList();
    }

    @Test
    void countsNamesAndDemonymsWithTheFormsSeen() {
        List<Mention> mentions = extractor.extract(Documents.fixture("news-with-byline.txt"));

        assertThat(mentions).extracting(Mention::id, Mention::form).containsExactly(
                org.assertj.core.groups.Tuple.tuple("TR", "Turkish"), org.assertj.core.groups.Tuple.tuple("UA", "Ukrainian"),
                org.assertj.core.groups.Tuple.tuple("TR", "Turkey"));
    }

    @Test
    void prefersTheLongestName() {
        assertThat(extractor.extract(Documents.of("South Korea and North Korea met.")))
                .extracting(Mention::id)
                .containsExactly("KR", "KP");
    }

    @Test
    void countsACapitalOnlyWhereItStandsForTheGovernment() {
        assertThat(codes("capital-as-government.txt")).containsExactly("CN", "RU");
    }

    @Test
    void doesNotCountPlacesOrRegionsNamedAfterACountryNorLanguages() {
        assertThat(codes("places-named-after-countries.txt")).isEmpty();
    }

    @Test
    void readsNoPersonalNameIntoACountryNameInATitleCaseHeadline() {
        assertThat(extractor.extract(Documents.fixture("country-name-in-a-title-case-headline.txt")))
                .extracting(Mention::id, Mention::sentence).containsExactly(org.assertj.core.groups.Tuple.tuple("CN", 0),
                        org.assertj.core.groups.Tuple.tuple("CN", 2), org.assertj.core.groups.Tuple.tuple("RU", 2));
    }

    @Test
    void doesNotCountAPersonSharingACountrysNameButCountsPluralDemonyms() {
        assertThat(codes("country-names-as-people.txt")).containsExactly("TD", "NG");
    }

    @Test
    void countsTheCountryAsAMentionOfTheCountryLastNamed() {
        assertThat(extractor.extract(Documents.fixture("country-reference.txt")))
                .extracting(Mention::id, Mention::form)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("KE", "Kenya"),
                        org.assertj.core.groups.Tuple.tuple("KE", "The country"));
    }

    @Test
    void findsNothingInPageFurniture() {
        assertThat(codes("furniture-and-comments.txt")).containsExactly("NO", "IS");
    }

    @Test
    void findsNothingInATextWithoutCountries() {
        assertThat(extractor.extract(Documents.of("The council met on Tuesday."))).isEmpty();
    }
}
