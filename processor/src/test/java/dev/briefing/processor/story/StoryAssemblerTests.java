package dev.briefing.processor.story;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import dev.briefing.processor.summary.Actor;
import dev.briefing.processor.summary.ActorType;
import dev.briefing.processor.summary.ArticleKind;
import dev.briefing.processor.summary.ArticleSummary;
import dev.briefing.processor.summary.Commitment;
import dev.briefing.processor.summary.Strength;
import org.junit.jupiter.api.Test;

class StoryAssemblerTests {

    private static final Actor JAPAN = new Actor("Japan", ActorType.COUNTRY, "JP", null);

    private static Commitment commitment(String action) {
        String sentence = "Japan will " + action + ".";
        return new Commitment(List.of(JAPAN), null, action, Strength.FIRM, null, sentence, 0, sentence.length());
    }

    private static ArticleSummary article(String id, String outlet, LocalDate published, Commitment... commitments) {
        return new ArticleSummary(id, id + ".txt", null, "Headline of " + id, outlet, published, ArticleKind.NEWS,
                null, List.of(), List.of(), List.of(), List.of(), List.of(commitments), null, null);
    }

    @Test
    void mergesOneCommitmentReportedByTwoOutletsIntoOneWithTwoSources() {
        Story story = new StoryAssembler(key -> false).assembleArticles("story-a", 1, List.of(
                article("b", "The Yomiuri Shimbun", LocalDate.of(2023, 2, 2),
                        commitment("establish a permanent mission to NATO")),
                article("a", "AFP", LocalDate.of(2023, 1, 31),
                        commitment("open a permanent mission to NATO"), commitment("raise defence spending"))));

        assertThat(story.headline()).isEqualTo("Headline of a");
        assertThat(story.outlets()).containsExactly("AFP", "The Yomiuri Shimbun");
        assertThat(story.first()).isEqualTo(LocalDate.of(2023, 1, 31));
        assertThat(story.last()).isEqualTo(LocalDate.of(2023, 2, 2));
        assertThat(story.commitments()).hasSize(2);
        assertThat(story.commitments().getFirst().sources()).extracting(Source::label)
                .containsExactly("AFP", "The Yomiuri Shimbun");
        assertThat(story.articles()).extracting(ArticleSummary::story).containsOnly("story-a");
    }

    @Test
    void marksNewOnlyTheFactsNoEarlierRunReported() {
        Commitment old = commitment("raise defence spending");
        Story story = new StoryAssembler(key -> key.equals(FactKeys.of(old))).assembleArticles("story-a", 1,
                List.of(article("a", "AFP", LocalDate.of(2023, 1, 31), old, commitment("open an embassy in Kyiv"))));

        assertThat(story.commitments()).extracting(CorroboratedCommitment::isNew).containsExactly(false, true);
    }
}
