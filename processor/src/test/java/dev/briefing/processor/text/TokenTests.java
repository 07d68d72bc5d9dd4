package dev.briefing.processor.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;

class TokenTests {

    @Test
    void lowerCaseFormIsDerivedOnceFromTheText() {
        Token token = new Token("NATO’s", 4, 10);

        assertThat(token.lower()).isEqualTo("nato’s");
        assertThat(token).isEqualTo(new Token("NATO’s", 4, 10, "nato’s"));
    }

    @Test
    void refusesOffsetsThatEndBeforeTheyStart() {
        assertThatIllegalArgumentException().isThrownBy(() -> new Token("Japan", 10, 5))
                .withMessageContaining("Japan").withMessageContaining("10..5");
    }
}
