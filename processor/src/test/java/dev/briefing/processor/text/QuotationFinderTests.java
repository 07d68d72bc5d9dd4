package dev.briefing.processor.text;

import static org.assertj.core.api.Assertions.assertThat;

import dev.briefing.processor.Analysis;
import org.junit.jupiter.api.Test;

class QuotationFinderTests {

    @Test
    void pairsMarksOverTheSentencesOfAParagraph() {
        ArticleDocument document = Analysis.document("\"The port is calm. We want it to stay calm,\" Mr Okafor said.");

        assertThat(document.quotations()).singleElement().satisfies(quotation -> {
            assertThat(quotation.firstSentence()).isZero();
            assertThat(quotation.lastSentence()).isEqualTo(1);
            assertThat(quotation.closed()).isTrue();
        });
    }

    @Test
    void endsAnUnclosedQuotationWithItsParagraph() {
        ArticleDocument document = Analysis.document("Mr Okafor said: \"The port is calm.\nTalks resume on Monday.");

        assertThat(document.quotations()).singleElement().satisfies(quotation -> {
            assertThat(quotation.closed()).isFalse();
            assertThat(quotation.lastSentence()).isZero();
        });
    }

    @Test
    void readsSingleMarksAsQuotationsButNotApostrophes() {
        ArticleDocument document = Analysis.document("Osei 'will not resign' as the party's chair");

        assertThat(document.quotations()).singleElement()
                .satisfies(quotation -> assertThat(document.sentence(0).token(quotation.open() + 1).text()).isEqualTo("will"));
    }

    @Test
    void closesATypewriterQuotationWrittenOnTheWordBeforeIt() {
        ArticleDocument document = Analysis.document("''The fees are unfair'' to traders, Mr Okafor said. ''We will object.''");

        assertThat(document.quotations()).hasSize(2).first().satisfies(quotation -> {
            assertThat(quotation.lastSentence()).isZero();
            assertThat(document.sentence(0).token(quotation.close() - 1).text()).isEqualTo("unfair");
        });
    }

    @Test
    void readsTwoApostrophesAsAQuotationMark() {
        ArticleDocument document = Analysis.document("''It was the least bad outcome,'' Mr Okafor said.");

        assertThat(document.quotations()).hasSize(1);
        assertThat(document.quoted(0, 2)).isTrue();
    }

    @Test
    void opensAQuotationWithAClosingMarkTypedAtAWordsStart() {
        ArticleDocument document = Analysis.document("\u201DThe ferry is late. Nobody listens.\u201D");

        assertThat(document.quotations()).singleElement().satisfies(quotation -> {
            assertThat(quotation.open()).isZero();
            assertThat(quotation.closed()).isTrue();
        });
    }
}
