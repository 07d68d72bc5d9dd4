package dev.briefing.processor.story;

import java.util.Objects;

import dev.briefing.processor.summary.ArticleSummary;

/**
 * An article of a story as the pack reads it back: its summary, its profile and how well it
 * represents the story.
 *
 * @param summary    the article's summary
 * @param profile    its story profile
 * @param centrality its {@link StoryAssignment#centrality()}
 */
public record StoryMember(ArticleSummary summary, StoryProfile profile, double centrality) {

    public StoryMember {
        Objects.requireNonNull(summary, "summary");
        Objects.requireNonNull(profile, "profile");
    }
}
