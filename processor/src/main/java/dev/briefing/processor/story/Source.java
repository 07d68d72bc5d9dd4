package dev.briefing.processor.story;

import java.util.Objects;

import org.jspecify.annotations.Nullable;

/**
 * An article that reports a fact.
 *
 * @param articleId the article's id
 * @param outlet    its outlet, or null when the article names none
 */
public record Source(String articleId, @Nullable String outlet) {

    public Source {
        Objects.requireNonNull(articleId, "articleId");
    }

    /** The outlet, or the article id where no outlet is known. */
    public String label() {
        return outlet == null ? articleId : outlet;
    }
}
