package dev.briefing.processor.story;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class AnalystStoryRankerTests {

    private final AnalystStoryRanker ranker = new AnalystStoryRanker();

    private static StoryKey key(String id, List<String> countries, int commitments) {
        return new StoryKey(id, LocalDate.of(2024, 5, 7), null, new int[0], countries, List.of(), commitments, 0);
    }

    @Test
    void ranksAStoryOfSeveralCountriesAndACommitmentAboveADomesticStoryOfMoreArticles() {
        List<StoryKey> keys = new ArrayList<>();
        List<StoryAssignment> assignments = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            keys.add(key("home-" + i, List.of("GB"), 0));
            assignments.add(new StoryAssignment("home-" + i, i < 4 ? "story-home" : "story-home-" + i, 1));
        }
        keys.add(key("abroad", List.of("GB", "CN", "ES", "GI"), 1));
        assignments.add(new StoryAssignment("abroad", "story-abroad", 1));

        Map<String, Integer> ranks = ranker.rank(assignments, keys, id -> 0);

        assertThat(ranks.get("story-abroad")).isEqualTo(1);
        assertThat(ranks.get("story-home")).isEqualTo(2);
        assertThat(ranks.values()).doesNotHaveDuplicates().hasSize(28);
    }

    @Test
    void ranksTheStoryWithNewFactsAboveTheSameStoryWithout() {
        List<StoryKey> keys = List.of(key("a", List.of("FR"), 0), key("b", List.of("FR"), 0));
        List<StoryAssignment> assignments = List.of(new StoryAssignment("a", "story-a", 1),
                new StoryAssignment("b", "story-b", 1));

        assertThat(ranker.rank(assignments, keys, id -> id.equals("b") ? 3 : 0)).containsEntry("story-b", 1)
                .containsEntry("story-a", 2);
    }

    @Test
    void ranksNothingWithoutAssignments() {
        assertThat(ranker.rank(List.of(), List.of(), id -> 0)).isEmpty();
    }
}
