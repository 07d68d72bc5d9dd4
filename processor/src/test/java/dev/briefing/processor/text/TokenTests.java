package dev.briefing.processor.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;

class TokenTests {

    @Test
    void lookUpFormIsLowerCaseWithStraightApostrophes() {
        Token token = new Token("NATO’s", 4, 10);

        assertThat(token.lower()).isEqualTo("nato's");
        assertThat(token.pos()).isEqualTo(Pos.NONE);
        assertThat(token.lemma()).isEqualTo("nato's");
    }

    @Test
    void taggingKeepsTheTextAndOffsets() {
        Token token = new Token("Said", 0, 4).tagged(Pos.VERB, "say");

        assertThat(token).extracting(Token::text, Token::start, Token::end, Token::lower, Token::pos, Token::lemma)
                .containsExactly("Said", 0, 4, "said", Pos.VERB, "say");
    }

    @Test
    void refusesOffsetsThatEndBeforeTheyStart() {
        assertThatIllegalArgumentException().isThrownBy(() -> new Token("Japan", 10, 5))
                .withMessageContaining("Japan").withMessageContaining("10..5");
    }
}
