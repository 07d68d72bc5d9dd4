package dev.briefing.processor.mention;

import static org.assertj.core.api.Assertions.assertThat;

import dev.briefing.processor.reference.Title;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MisspeltOfficesTests {

    @ParameterizedTest
    @CsvSource({"Presiden,President", "Minster,Minister", "Ministre,Minister", "Chancelor,Chancellor"})
    void readsAnOfficeWrittenOneLetterWrong(String written, String office) {
        assertThat(MisspeltOffices.standard().near(written)).extracting(Title::display).isEqualTo(office);
    }

    @Test
    void leavesAnOfficeWrittenRightAndAWordTwoEditsAwayAlone() {
        assertThat(MisspeltOffices.standard().near("President")).isNull();
        assertThat(MisspeltOffices.standard().near("Adviser")).as("a spelling of an office of its own").isNull();
        assertThat(MisspeltOffices.standard().near("Miner")).isNull();
    }
}
