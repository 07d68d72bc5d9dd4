package dev.briefing.processor.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class OpenNlpTokenizerTests {

    private final OpenNlpTokenizer tokenizer = OpenNlpTokenizer.shared();

    @Test
    void keepsWordsOfLettersWholeAndCutsANumberFromItsUnit() {
        assertThat(tokenizer.words("The ODPM met at 11pm over a 50m fund."))
                .containsExactly("The", "ODPM", "met", "at", "11", "pm", "over", "a", "50", "m", "fund", ".");
    }

    @Test
    void stillCutsContractionsAndPunctuationInsideAWord() {
        assertThat(tokenizer.words("We won't go, Japan's envoy said."))
                .containsExactly("We", "wo", "n't", "go", ",", "Japan", "'s", "envoy", "said", ".");
    }
}
