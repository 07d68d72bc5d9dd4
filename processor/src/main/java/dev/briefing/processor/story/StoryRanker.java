package dev.briefing.processor.story;

import java.util.List;
import java.util.Map;
import java.util.function.ToIntFunction;

/** Orders the stories of a run as the pack presents them, the one an analyst should read first first. */
public interface StoryRanker {

    /**
     * The rank of each story of the assignments, 1 first, each rank once; empty when there are no
     * assignments. The same assignments, keys and novelty always give the same ranks.
     *
     * @param assignments the story of every article
     * @param keys        the key of every article of the assignments
     * @param newFacts    how many of an article's facts (by article id) no earlier completed run reported
     */
    Map<String, Integer> rank(List<StoryAssignment> assignments, List<StoryKey> keys, ToIntFunction<String> newFacts);
}
