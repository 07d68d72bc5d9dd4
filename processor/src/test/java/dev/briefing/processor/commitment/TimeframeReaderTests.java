package dev.briefing.processor.commitment;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import dev.briefing.processor.Analysis;
import dev.briefing.processor.text.Sentence;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TimeframeReaderTests {

    private static final LocalDate PUBLISHED = LocalDate.of(2023, 11, 15);

    private final TimeframeReader reader = new TimeframeReader();

    private TimeframeReader.Timeframe read(String clause) {
        Sentence sentence = Analysis.document(clause).sentence(0);
        return reader.read(sentence.tokens(), 0, sentence.size(), clause, PUBLISHED);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "raise spending to 2% of GDP by fiscal 2027|by fiscal 2027|2027",
            "take effect from 1 January 2024|from 1 January 2024|2024-01-01",
            "sign it by March 31|by March 31|2023-03-31",
            "open the office next year|next year|2024",
            "meet again on Friday|on Friday|2023-11-17",
            "halve emissions within five years|within five years|2028",
            "report back in due course|in due course|",
            "keep the pressure until Russia ends its war|until Russia ends its war|",
            "open the bridge on Thursday, March 7|on Thursday, March 7|2023-03-07",
            "sign the accord at 16:45 local time at the palace|at 16:45 local time|",
            "land around 9:15 p.m. EST on March 2|around 9:15 p.m. EST on March 2|2023-03-02",
            "meet at 13:30 GMT, the office said|at 13:30 GMT|",
            "report on the model by the next summit|by the next summit|",
            "grant 30 million euros for 2025 and 12 million euros for 2026|for 2025 and 2026|2025",
            "fund the schools in 2025 and 2026, the minister said|in 2025 and 2026|2025",
            "fund the force over the next two years and beyond|over the next two years and beyond|2025",
            "double the grant by 2030 and the agency will hire staff|by 2030|2030",
            "leave within the two years allowed by the treaty of union, she said|within the two years allowed by the treaty of union|2025"})
    void readsTheTimeframeAndTheDateItStandsFor(String clause, String text, String date) {
        TimeframeReader.Timeframe timeframe = read(clause);

        assertThat(timeframe.text()).isEqualTo(text);
        assertThat(timeframe.date()).isEqualTo(date);
    }

    @Test
    void findsNoTimeframeInAClauseWithoutOne() {
        assertThat(read("build three new ports")).isNull();
    }

    @Test
    void readsNoTimeframeInAYearThatModifiesANoun() {
        assertThat(read("Ghana has committed to cutting its emissions by 30% below 1990 levels.")).isNull();
    }
}
