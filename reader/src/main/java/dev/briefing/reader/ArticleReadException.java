package dev.briefing.reader;

import org.jspecify.annotations.Nullable;
import org.springframework.batch.infrastructure.item.ItemReaderException;

/**
 * A file of the input directory that cannot be read as an article, with the reason in words an
 * analyst understands ("empty file", "binary content (PNG image), not text").
 *
 * <p>Like {@code FlatFileParseException}, it carries its context so that a skip listener can record
 * which input was not summarised and why.
 */
public class ArticleReadException extends ItemReaderException {

    private final String fileName;

    private final String reason;

    private final @Nullable String articleId;

    public ArticleReadException(String fileName, String reason) {
        this(fileName, reason, null);
    }

    public ArticleReadException(String fileName, String reason, @Nullable Throwable cause) {
        this(fileName, null, reason, cause);
    }

    private ArticleReadException(String fileName, @Nullable String articleId, String reason,
            @Nullable Throwable cause) {
        super(fileName + ": " + reason, cause);
        this.fileName = fileName;
        this.articleId = articleId;
        this.reason = reason;
    }

    /** This failure, for the article of the given id (the reader knows which id a name gets). */
    public ArticleReadException forArticle(String id) {
        ArticleReadException named = new ArticleReadException(fileName, id, reason, getCause());
        named.setStackTrace(getStackTrace());
        return named;
    }

    /** The id of the article the file would have been. */
    public String getArticleId() {
        return articleId == null ? Article.idOf(fileName) : articleId;
    }

    /** The file name as listed in the input directory. */
    public String getFileName() {
        return fileName;
    }

    /** Why the file was not read, without the file name. */
    public String getReason() {
        return reason;
    }
}
