package dev.briefing.processor.reference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;

class WordClassesTests {

    @Test
    void readsAClassFromTheFileAndAddsWeekdaysAndMonthsToTime() {
        WordClasses classes = WordClasses.standard();
        assertThat(classes.of("telling")).contains("tell", "assure");
        assertThat(classes.of("time")).contains("yesterday", "tuesday", "october");
    }

    @Test
    void namesAClassTheFileDoesNotHave() {
        assertThatIllegalArgumentException().isThrownBy(() -> WordClasses.standard().of("colour"))
                .withMessageContaining("colour");
    }
}
