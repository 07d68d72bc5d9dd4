package dev.briefing.processor.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class InflectedFormsTests {

    @Test
    void spellsTheRegularInflectionsOfALemma() {
        assertThat(InflectedForms.of("condemn")).contains("condemns", "condemned", "condemning");
        assertThat(InflectedForms.of("argue")).contains("argues", "argued", "arguing");
        assertThat(InflectedForms.of("deny")).contains("denies", "denied", "denying");
        assertThat(InflectedForms.of("commit")).contains("commits", "committed", "committing");
        assertThat(InflectedForms.of("stress")).contains("stresses", "stressed");
    }

    @Test
    void leavesPhrasesAsTheyAre() {
        assertThat(InflectedForms.of("good news")).containsExactly("good news");
    }
}
