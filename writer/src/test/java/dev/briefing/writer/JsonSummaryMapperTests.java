package dev.briefing.writer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.briefing.processor.summary.ArticleSummary;
import org.junit.jupiter.api.Test;

class JsonSummaryMapperTests {

    private final JsonSummaryMapper mapper = new JsonSummaryMapper();

    @Test
    void writesContractFieldsInOrderWithLowerCaseEnumsAndIsoDates() {
        String json = mapper.toJson(Summaries.pledge());

        assertThat(json).startsWith("{\"id\":\"001_pledge\",\"file\":\"001_pledge.txt\",\"sha256\":")
                .contains("\"published\":\"2024-05-06\",\"kind\":\"news\",\"dateline\":\"COPENHAGEN\"")
                .contains("\"stance\":\"support\"", "\"strength\":\"firm\"", "\"type\":\"person\"")
                .contains("\"skipped\":null")
                .doesNotContain("\n");
    }

    @Test
    void writesASkippedInputWithItsReasonAndNoFacts() {
        String json = mapper.toJson(Summaries.skipped());

        assertThat(json).contains("\"countries\":[]", "\"skipped\":{\"reason\":\"empty file\"}");
    }

    @Test
    void readsBackWhatItWrote() {
        ArticleSummary summary = Summaries.pledge();

        assertThat(mapper.fromJson(mapper.toJson(summary))).isEqualTo(summary);
        assertThat(mapper.fromJson(mapper.toJson(Summaries.skipped()))).isEqualTo(Summaries.skipped());
    }
}
