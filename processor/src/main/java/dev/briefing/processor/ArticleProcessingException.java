package dev.briefing.processor;

import org.jspecify.annotations.Nullable;

/**
 * An article that was read but could not be summarised, with the file and the reason. The batch
 * step declares it skippable, so one article that trips an extractor does not stop the run.
 */
public class ArticleProcessingException extends RuntimeException {

    private final String fileName;

    private final String reason;

    public ArticleProcessingException(String fileName, String reason) {
        this(fileName, reason, null);
    }

    public ArticleProcessingException(String fileName, String reason, @Nullable Throwable cause) {
        super(fileName + ": " + reason, cause);
        this.fileName = fileName;
        this.reason = reason;
    }

    public String getFileName() {
        return fileName;
    }

    public String getReason() {
        return reason;
    }
}
