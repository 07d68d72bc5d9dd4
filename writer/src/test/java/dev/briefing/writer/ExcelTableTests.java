package dev.briefing.writer;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ExcelTableTests {

    @Test
    void estimatesOneLineForTextThatFitsItsColumn() {
        assertThat(ExcelTable.lines("Japan", 10)).isEqualTo(1);
        assertThat(ExcelTable.lines("", 10)).isEqualTo(1);
    }

    @Test
    void estimatesTheLinesWrappedTextTakes() {
        assertThat(ExcelTable.lines("x".repeat(25), 10)).isEqualTo(3);
        assertThat(ExcelTable.lines("first\nsecond", 40)).isEqualTo(2);
    }

    @Test
    void capsTheLinesOfVeryLongText() {
        assertThat(ExcelTable.lines("x".repeat(10_000), 10)).isEqualTo(8);
    }
}
