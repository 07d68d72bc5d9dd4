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


    public ArticleReadException(String fileName, String reason) {
        this(fileName, reason, null);
    }

    public ArticleReadException(String fileName, String reason, @Nullable Throwable cause) {
        super(fileName + ": " + reason, cause);
        this.fileName = fileName;
        this.reason = reason;
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
