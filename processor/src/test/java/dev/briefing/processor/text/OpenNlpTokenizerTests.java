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

    @Test
    void endsASentenceAtAnAbbreviationsStopThatEndsItsParagraphOrTheArticle() {
        String text = "It was opened by Prime Minister Hun Sen.\n\nThe talks went on. Later Sen. Warren spoke.";
        assertThat(OpenNlpTokenizer.abbreviationStop(text, text.indexOf("Sen.") + 3)).isFalse();
        assertThat(OpenNlpTokenizer.abbreviationStop(text, text.lastIndexOf("Sen.") + 3)).isTrue();
        String last = "The summit was opened by Prime Minister Hun Sen.";
        assertThat(OpenNlpTokenizer.abbreviationStop(last, last.length() - 1)).as("the article's end").isFalse();
        assertThat(tokenizer.words("Sen.")).as("a phrase of the reference data").containsExactly("Sen.");
    }
}
