package dev.briefing.processor.story;

import dev.briefing.processor.summary.ArticleSummary;
import dev.briefing.reader.Article;

/** Profiles an article for grouping into stories, from its text and its summary. */
public interface StoryProfiler {

    /**
     * The article's profile. Never null: an article with no headline, lead or content word gives
     * a profile with nulls and no terms, and is then grouped by its summary's participants alone.
     * Implementations are thread-safe.
     */
    StoryProfile profile(Article article, ArticleSummary summary);
}
