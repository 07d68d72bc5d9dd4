package dev.briefing.processor.story;

import java.util.Objects;

import org.jspecify.annotations.Nullable;

/**
 * An article that reports a fact, with the words it uses: an analyst checks a corroboration by
 * reading each outlet's own sentence.
 *
 * @param articleId the article's id
 * @param outlet    its outlet, or null when the article names none
 * @param sentence  the verbatim sentence (or sentences) of the article that carry the fact: of a
 *                  passage of several sentences, those that the other sources corroborate
 * @param start     offset of the sentence in the article text as read
 * @param end       offset just after it
 * @param wording   the fact in that article's words: its statement or action as extracted
 */
public record Source(String articleId, @Nullable String outlet, String sentence, int start, int end, String wording) {

    public Source {
        Objects.requireNonNull(articleId, "articleId");
        Objects.requireNonNull(sentence, "sentence");
        Objects.requireNonNull(wording, "wording");
        if (start < 0 || end - start != sentence.length()) {
            throw new IllegalArgumentException("offsets " + start + "-" + end + " do not fit: " + sentence);
        }
    }

    /** The outlet, or the article id where no outlet is known. */
    public String label() {
        return outlet == null ? articleId : outlet;
    }
}
