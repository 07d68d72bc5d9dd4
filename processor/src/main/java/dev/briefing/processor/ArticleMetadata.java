package dev.briefing.processor;

import java.time.LocalDate;
import java.util.Objects;

import dev.briefing.processor.summary.ArticleKind;
import org.jspecify.annotations.Nullable;

/**
 * What an article says about itself: headline, outlet, date, dateline and kind.
 *
 * @param title     the headline, or null when the article has none
 * @param source    the outlet, or null when the article does not name it
 * @param published the publication date, or null when the article does not give it
 * @param kind      news or editorial
 * @param dateline  the dateline place, or null
 * @param author    the author a byline or opinion label names, or null
 */
public record ArticleMetadata(@Nullable String title, @Nullable String source, @Nullable LocalDate published,
        ArticleKind kind, @Nullable String dateline, @Nullable String author) {

    public ArticleMetadata {
        Objects.requireNonNull(kind, "kind");
    }

    /** Metadata naming no author. */
    public ArticleMetadata(@Nullable String title, @Nullable String source, @Nullable LocalDate published,
            ArticleKind kind, @Nullable String dateline) {
        this(title, source, published, kind, dateline, null);
    }

    /** This metadata with the kind the article's voice shows. */
    public ArticleMetadata withKind(ArticleKind newKind) {
        return new ArticleMetadata(title, source, published, newKind, dateline, author);
    }
}
