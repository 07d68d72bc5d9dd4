package dev.briefing.processor.commitment;

import static org.assertj.core.api.Assertions.assertThat;

import dev.briefing.processor.Analysis;
import dev.briefing.processor.summary.Commitment;
import org.junit.jupiter.api.Test;

class PledgedSumsTests {

    @Test
    void readsACurrencyNamedByItsCountryAndTheMultiYearPledgeTheSumMeasures() {
        assertThat(Analysis.of("Ghana announced a pledge of $40 million US dollars multi-year pledge that includes both food and health aid.").pledges())
                .singleElement().extracting(Pledge::commitment).satisfies(commitment -> {
                    assertThat(commitment.action()).isEqualTo("provide $40 million US dollars multi-year pledge");
                    assertThat(commitment.timeframe()).isEqualTo("multi-year");
                });
    }

    @Test
    void readsASumBoundedBeforeIt() {
        assertThat(Analysis.of("Ghana pledged more than the promised $40 million in aid. Togo pledged up to 5 million euros.").pledges())
                .extracting(pledge -> pledge.commitment().action())
                .containsExactly("provide more than the promised $40 million in aid", "provide up to 5 million euros");
    }
}
