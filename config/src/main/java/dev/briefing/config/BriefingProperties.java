package dev.briefing.config;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * The {@code briefing.*} settings.
 *
 * @param db          the H2 database file holding job state and staged summaries (without {@code .mv.db})
 * @param chunkSize   articles per transaction in the extraction step
 * @param maxFileSize inputs larger than this are skipped with their size
 * @param skipLimit   the run fails once more inputs than this are skipped
 */
@ConfigurationProperties("briefing")
public record BriefingProperties(@DefaultValue("./data/briefing") Path db, @DefaultValue("20") int chunkSize,
        @DefaultValue("10MB") DataSize maxFileSize, @DefaultValue("1000") int skipLimit) {

    public BriefingProperties {
        if (chunkSize < 1) {
            throw new IllegalArgumentException("briefing.chunk-size must be at least 1: " + chunkSize);
        }
        if (maxFileSize.toBytes() < 1) {
            throw new IllegalArgumentException("briefing.max-file-size must be positive: " + maxFileSize);
        }
        if (skipLimit < 1) {
            throw new IllegalArgumentException("briefing.skip-limit must be at least 1: " + skipLimit);
        }
    }
}
