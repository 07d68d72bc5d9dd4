package dev.briefing.processor.story;

import java.util.Objects;

/**
 * The story an article belongs to.
 *
 * @param articleId the article's id
 * @param storyId   its story's id
 * @param rank      its story's rank, 1 for the story most reported
 */
public record StoryAssignment(String articleId, String storyId, int rank) {

    public StoryAssignment {
        Objects.requireNonNull(articleId, "articleId");
        Objects.requireNonNull(storyId, "storyId");
    }
}
