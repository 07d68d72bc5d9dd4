package dev.briefing.processor.story;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

class ParticipantStoryGrouperTests {

    private final ParticipantStoryGrouper grouper = new ParticipantStoryGrouper();

    private static final LocalDate DAY = LocalDate.of(2023, 1, 31);

    private static StoryKey key(String id, LocalDate published, String outlet, String... features) {
        return new StoryKey(id, published, outlet, List.of(features));
    }

    private Map<String, String> storyOf(StoryKey... keys) {
        return grouper.group(List.of(keys)).stream()
                .collect(Collectors.toMap(StoryAssignment::articleId, StoryAssignment::storyId));
    }

    @Test
    void groupsReportsOfOneMeetingByTwoOutlets() {
        Map<String, String> stories = storyOf(
                key("afp", DAY, "AFP", "p:Fumio Kishida", "p:Jens Stoltenberg", "o:NATO", "c:JP", "c:CN", "t:nato"),
                key("yomiuri", DAY.plusDays(2), "The Yomiuri Shimbun", "p:Fumio Kishida", "p:Jens Stoltenberg",
                        "o:NATO", "c:JP", "c:RU", "t:china"),
                key("other", DAY, "AFP", "p:Ama Boateng", "c:GH", "t:ports"));

        assertThat(stories.get("afp")).isEqualTo(stories.get("yomiuri")).isEqualTo("story-afp");
        assertThat(stories.get("other")).isEqualTo("story-other");
    }

    @Test
    void keepsApartArticlesThatShareOnlyACountry() {
        Map<String, String> stories = storyOf(key("a", DAY, "AFP", "c:JP", "p:Ama Boateng", "t:ports"),
                key("b", DAY, "BBC", "c:JP", "p:Kofi Mensah", "t:election"));

        assertThat(stories.get("a")).isNotEqualTo(stories.get("b"));
    }

    @Test
    void keepsApartTheSameParticipantsWeeksApart() {
        Map<String, String> stories = storyOf(key("a", DAY, "AFP", "p:Fumio Kishida", "o:NATO", "t:summit"),
                key("b", DAY.plusWeeks(3), "AFP", "p:Fumio Kishida", "o:NATO", "t:summit"));

        assertThat(stories.get("a")).isNotEqualTo(stories.get("b"));
    }

    @Test
    void ranksTheMostReportedStoryFirstAndGivesTheSameIdsEveryTime() {
        List<StoryKey> keys = List.of(key("lone", DAY, "AFP", "p:Ama Boateng"),
                key("x1", DAY, "AFP", "p:Olaf Brandt", "o:NATO"), key("x2", DAY, "BBC", "p:Olaf Brandt", "o:NATO"));

        assertThat(grouper.group(keys)).filteredOn(a -> a.rank() == 1).extracting(StoryAssignment::articleId)
                .containsExactlyInAnyOrder("x1", "x2");
        assertThat(grouper.group(keys)).isEqualTo(grouper.group(keys));
    }

    @Test
    void groupsNothingWhenThereAreNoArticles() {
        assertThat(grouper.group(List.of())).isEmpty();
    }
}
