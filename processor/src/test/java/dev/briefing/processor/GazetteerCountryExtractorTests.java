package dev.briefing.processor;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import dev.briefing.processor.summary.CountryMention;
import org.junit.jupiter.api.Test;

class GazetteerCountryExtractorTests {

    private final GazetteerCountryExtractor extractor = GazetteerCountryExtractor.standard();

    @Test
    void countsNamesAndDemonymsPerCountryWithTheFormsSeen() {
        List<CountryMention> countries = extractor.extract(Fixtures.text("news-with-byline.txt"));

        assertThat(countries).containsExactly(
                new CountryMention("TR", "Türkiye", 2, List.of("Turkish", "Turkey")),
                new CountryMention("UA", "Ukraine", 1, List.of("Ukrainian")));
    }

    @Test
    void prefersTheLongestName() {
        assertThat(extractor.extract("South Korea and North Korea met."))
                .extracting(CountryMention::code)
                .containsExactlyInAnyOrder("KR", "KP");
    }

    @Test
    void findsNothingInATextWithoutCountries() {
        assertThat(extractor.extract("The council met on Tuesday.")).isEmpty();
    }
}
