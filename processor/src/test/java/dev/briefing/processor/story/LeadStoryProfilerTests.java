package dev.briefing.processor.story;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import dev.briefing.processor.summary.ArticleSummary;
import dev.briefing.reader.Article;
import org.junit.jupiter.api.Test;

class LeadStoryProfilerTests {

    private final LeadStoryProfiler profiler = new LeadStoryProfiler();

    private StoryProfile profile(String fixture) {
        Article article = StoryFixtures.article(fixture);
        String firstLine = article.text().lines().findFirst().orElseThrow();
        ArticleSummary summary = StoryFixtures.titled(fixture, firstLine, null);
        return profiler.profile(article, summary);
    }

    @Test
    void takesTheHeadlineAfterAPhotoCaptionAndTheLeadWithoutItsDateline() {
        Article article = StoryFixtures.article("photo-caption-before-the-headline");
        StoryProfile profile = profile("photo-caption-before-the-headline");

        assertThat(profile.headline()).isEqualTo("Ghana and Togo agree to share a port authority");
        assertThat(profile.lead()).isEqualTo("Ghana and Togo agreed on Sunday to run their two largest ports under one "
                + "authority, the first such pact in West Africa. The agreement takes effect next year.");
        assertThat(article.text().substring(profile.leadStart(), profile.leadEnd())).isEqualTo(profile.lead());
    }

    @Test
    void takesNoBylineUpdateStampOrAgencySlugForAHeadlineOrLead() {
        StoryProfile profile = profile("agency-dateline-and-byline");

        assertThat(profile.headline()).isNull();
        assertThat(profile.lead()).startsWith("Ghana's parliament approved the port pact with Togo on Monday")
                .endsWith("Lawmakers voted 180 to 40.");
    }

    @Test
    void skipsAdvertisementSectionLabelsAuthorNamesAndReadingTimes() {
        StoryProfile profile = profile("notes-and-labels-before-the-headline");

        assertThat(profile.headline()).isEqualTo("My Take | A port pact that West Africa should copy");
        assertThat(profile.lead()).startsWith("Ports that compete for the same ships");
    }

    @Test
    void countsTheContentWordsOfTheTextButNotOfItsCaptionsAndCredits() {
        StoryProfile profile = profile("photo-caption-before-the-headline");

        assertThat(profile.terms()).containsKeys("port", "togo", "ghana", "author").doesNotContainKeys("epa", "efe",
                "ludbrook", "doe", "the", "and");
        assertThat(profile.terms().get("port")).as("the caption's \"Port Director\" left out").isEqualTo(2);
    }

    @Test
    void keepsAtMostTheMostFrequentTerms() {
        String text = "Headline of many words\n\n" + String.join(" ", java.util.stream.IntStream.range(0, 300)
                .mapToObj(i -> "word" + Character.toString('a' + i % 26) + Character.toString('a' + i / 26)).toList())
                + ".";
        Article article = new Article("many", "many.txt", "00".repeat(32), text, "text/plain");

        assertThat(profiler.profile(article, StoryFixtures.titled("many", "Headline of many words", null)).terms())
                .hasSize(LeadStoryProfiler.MAX_TERMS);
    }

    @Test
    void givesAnEmptyProfileOfAnArticleWithNoText() {
        Article article = new Article("blank", "blank.txt", "00".repeat(32), "  \n", "text/plain");

        StoryProfile profile = profiler.profile(article, StoryFixtures.titled("blank", null, null));

        assertThat(profile.headline()).isNull();
        assertThat(profile.lead()).isNull();
        assertThat(profile.terms()).isEmpty();
        assertThat(List.of(profile.leadStart(), profile.leadEnd())).containsOnly(-1);
    }
}
