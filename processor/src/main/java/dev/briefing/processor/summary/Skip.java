package dev.briefing.processor.summary;

import java.util.Objects;

/**
 * Why an input was not summarised.
 *
 * @param reason the reason in words an analyst understands ("empty file")
 */
public record Skip(String reason) {

    public Skip {
        Objects.requireNonNull(reason, "reason");
        if (reason.isBlank()) {
            throw new IllegalArgumentException("a skip needs a reason");
        }
    }
}
