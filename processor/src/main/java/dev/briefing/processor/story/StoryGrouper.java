package dev.briefing.processor.story;

import java.util.List;

/** Groups articles that report the same event into stories. */
public interface StoryGrouper {

    /**
     * The story of every article: one assignment per key, in no particular order; an article that
     * shares its event with no other is a story of its own. Empty only when there are no keys. The
     * same keys always give the same assignments, and a story's id is the same for the same articles.
     */
    List<StoryAssignment> group(List<StoryKey> keys);
}
