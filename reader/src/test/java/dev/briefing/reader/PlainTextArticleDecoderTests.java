package dev.briefing.reader;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PlainTextArticleDecoderTests {

    private static final String ZURICH = "Ministers in Zürich said the “talks” would resume – and that Paris agreed.\n";

    private final PlainTextArticleDecoder decoder = new PlainTextArticleDecoder();

    @Test
    void decodesUtf8WithCurlyQuotesAndYen() {
        String text = decoder.decode("plain-utf8.txt", Fixtures.bytes("plain-utf8.txt"));

        assertThat(text).startsWith("Minister pledges “firm” support").contains("¥195 billion");
    }

    @ParameterizedTest
    @ValueSource(strings = {"utf16-le-with-bom.txt", "utf16-be-with-bom.txt", "utf8-with-bom.txt", "windows-1252.txt"})
    void decodesEncodingsWithoutLosingCharacters(String fixture) {
        assertThat(decoder.decode(fixture, Fixtures.bytes(fixture))).isEqualTo(ZURICH);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            png-image-named-txt.txt   | binary content (PNG image), not text
            zip-archive-named-txt.txt | binary content (ZIP archive or Office document), not text
            only-whitespace.txt       | no text (only white space)
            invalid-utf8.txt          | invalid UTF-8 byte 0xE2 at offset 26 (not Windows-1252 text either)
            """)
    void refusesBadInputWithItsReason(String fixture, String reason) {
        assertThatThrownBy(() -> decoder.decode(fixture, Fixtures.bytes(fixture)))
                .isInstanceOfSatisfying(ArticleReadException.class, ex -> {
                    assertThat(ex.getFileName()).isEqualTo(fixture);
                    assertThat(ex.getReason()).isEqualTo(reason);
                    assertThat(ex.getMessage()).isEqualTo(fixture + ": " + reason);
                });
    }
}
