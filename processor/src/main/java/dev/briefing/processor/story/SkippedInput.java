package dev.briefing.processor.story;

import java.util.Objects;

import dev.briefing.processor.summary.ArticleSummary;

/** An input the run could not summarise, listed in the pack with its reason. */
public record SkippedInput(ArticleSummary summary) implements PackEntry {

    public SkippedInput {
        Objects.requireNonNull(summary, "summary");
        if (summary.skipped() == null) {
            throw new IllegalArgumentException("not a skipped input: " + summary.file());
        }
    }

    public String reason() {
        return summary.skipped().reason();
    }
}
