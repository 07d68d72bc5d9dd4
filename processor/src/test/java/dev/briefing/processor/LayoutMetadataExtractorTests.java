package dev.briefing.processor;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import dev.briefing.processor.summary.ArticleKind;
import org.junit.jupiter.api.Test;

class LayoutMetadataExtractorTests {

    private final LayoutMetadataExtractor extractor = new LayoutMetadataExtractor();

    @Test
    void readsHeadlineBylineAndDatelineOfANewsReport() {
        ArticleMetadata metadata = extractor.extract(Fixtures.text("news-with-byline.txt"));

        assertThat(metadata).isEqualTo(new ArticleMetadata("Ministers agree to expand grain corridor", "Reuters",
                LocalDate.of(2024, 3, 4), ArticleKind.NEWS, "ANKARA"));
    }

    @Test
    void readsAnEditorialFromItsClosingAttribution() {
        ArticleMetadata metadata = extractor.extract(Fixtures.text("editorial-with-attribution.txt"));

        assertThat(metadata).isEqualTo(new ArticleMetadata("A Steady Course Is Needed on Trade", "The Daily Ledger",
                LocalDate.of(2022, 9, 9), ArticleKind.EDITORIAL, null));
    }

    @Test
    void leavesOutWhatTheArticleDoesNotSay() {
        ArticleMetadata metadata = extractor.extract("Just a line of text about nothing in particular.");

        assertThat(metadata).isEqualTo(new ArticleMetadata("Just a line of text about nothing in particular.", null,
                null, ArticleKind.NEWS, null));
    }

    @Test
    void givesNoTitleToATextThatOpensWithAParagraph() {
        ArticleMetadata metadata = extractor.extract("Accra: Ghana and Togo signed a border treaty on Monday after "
                + "three years of talks, officials said.\nThe treaty takes effect in May.");

        assertThat(metadata.title()).isNull();
    }

    @Test
    void passesOverCaptionsCreditsAndLabelsToTheHeadline() {
        ArticleMetadata metadata = extractor.extract(Fixtures.text("headline-under-a-caption.txt"));

        assertThat(metadata.title()).isEqualTo("Ghana and Togo agree on a border");
        assertThat(metadata.kind()).isEqualTo(ArticleKind.NEWS);
    }

    @Test
    void readsAnOpinionPieceAndItsAuthorFromTheSectionLabel() {
        ArticleMetadata metadata = extractor.extract(Fixtures.text("opinion-under-a-section-label.txt"));

        assertThat(metadata.title()).isEqualTo("Why the border treaty deserves support");
        assertThat(metadata.kind()).isEqualTo(ArticleKind.EDITORIAL);
        assertThat(metadata.author()).isEqualTo("Ama Mensah");
    }

    @Test
    void readsAnOpinionPieceFromASectionLabelBelowTheHeadline() {
        ArticleMetadata metadata = extractor.extract("""
                Ferry talks stall as both islands wait for the other to move

                Neither capital can afford another season without a timetable.

                Commentary Published 3 May 2023 4 minute read

                Talks between the two island governments have stalled again this week, and the fault lies on both sides.
                """);

        assertThat(metadata.title()).isEqualTo("Ferry talks stall as both islands wait for the other to move");
        assertThat(metadata.kind()).isEqualTo(ArticleKind.EDITORIAL);
    }

    @Test
    void keepsANewsReportWhoseHeadNamesNoLabel() {
        ArticleMetadata metadata = extractor.extract("""
                Ferry talks stall as both islands wait for the other to move

                Published 3 May 2023

                Talks between the two island governments stalled again this week, officials said on Tuesday.
                """);

        assertThat(metadata.kind()).isEqualTo(ArticleKind.NEWS);
    }
}
