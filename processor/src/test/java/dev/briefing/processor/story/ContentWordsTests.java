package dev.briefing.processor.story;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ContentWordsTests {

    @Test
    void keepsStemsOfContentWordsAndYearsWithoutFunctionWordsOrCounts() {
        assertThat(ContentWords.of("The ministers said they were talking about the 2024 talks, 30 ships and a port."))
                .containsExactly("minist", "talk", "2024", "talk", "ship", "port");
    }

    @Test
    void readsParaphrasesAsOneWord() {
        assertThat(ContentWords.of("pledged to deepen cooperation"))
                .containsSubsequence(ContentWords.of("strengthen").getFirst(), ContentWords.of("cooperation").getFirst());
        assertThat(ContentWords.of("agreed to strengthen ties")).containsAll(ContentWords.of("deepen cooperation"));
    }

    @Test
    void readsAccentedAndPlainSpellingsOfANameAsOneWord() {
        assertThat(ContentWords.of("Erdoğan met in Türkiye at Dolmabahçe"))
                .isEqualTo(ContentWords.of("Erdogan met in Turkiye at Dolmabahce"));
        assertThat(ContentWords.of("İbrahim Kalın")).isEqualTo(ContentWords.of("Ibrahim Kalin"));
    }
}
