package dev.briefing.config;

import java.util.Objects;

import dev.briefing.processor.story.StoryProfile;
import dev.briefing.processor.summary.ArticleSummary;

/**
 * What the extraction step stages of an article: its summary and the profile the story step groups
 * it by, both from the text the step read once.
 *
 * @param summary the article's summary
 * @param profile its story profile
 */
public record StagedArticle(ArticleSummary summary, StoryProfile profile) {

    public StagedArticle {
        Objects.requireNonNull(summary, "summary");
        Objects.requireNonNull(profile, "profile");
    }
}
