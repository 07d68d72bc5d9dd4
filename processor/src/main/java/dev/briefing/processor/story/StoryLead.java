package dev.briefing.processor.story;

import java.util.Objects;

import org.jspecify.annotations.Nullable;

/**
 * What happened, in the words of the story's most representative article: the opening sentences of
 * its lead paragraph.
 *
 * @param articleId the article the lead comes from
 * @param outlet    its outlet, or null
 * @param text      the lead, verbatim
 * @param start     offset of the lead in that article's text as read
 * @param end       offset just after it
 */
public record StoryLead(String articleId, @Nullable String outlet, String text, int start, int end) {

    public StoryLead {
        Objects.requireNonNull(articleId, "articleId");
        Objects.requireNonNull(text, "text");
        if (start < 0 || end - start != text.length()) {
            throw new IllegalArgumentException("offsets " + start + "-" + end + " do not fit: " + text);
        }
    }
}
