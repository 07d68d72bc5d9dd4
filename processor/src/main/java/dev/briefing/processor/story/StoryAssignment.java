package dev.briefing.processor.story;

import java.util.Objects;

/**
 * The story an article belongs to.
 *
 * @param articleId  the article's id
 * @param storyId    its story's id
 * @param centrality how well the article represents its story: its mean similarity to the story's
 *                   articles, 1 for an article alone in its story; the story's headline and lead
 *                   come from its most central article
 */
public record StoryAssignment(String articleId, String storyId, double centrality) {

    public StoryAssignment {
        Objects.requireNonNull(articleId, "articleId");
        Objects.requireNonNull(storyId, "storyId");
        if (!(centrality >= 0 && centrality <= 1 + 1e-6)) {
            throw new IllegalArgumentException("centrality lies in [0, 1]: " + centrality);
        }
    }
}
