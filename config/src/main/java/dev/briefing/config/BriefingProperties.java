package dev.briefing.config;

import java.nio.file.Path;
import java.time.ZoneId;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.scheduling.support.CronExpression;
import org.springframework.util.unit.DataSize;

/**
 * The {@code briefing.*} settings.
 *
 * @param db          the H2 database file holding job state and staged summaries (without {@code .mv.db})
 * @param chunkSize   articles per transaction in the extraction step
 * @param maxFileSize inputs larger than this are skipped with their size
 * @param skipLimit   a partition of the extraction fails once more inputs than this are skipped in it
 * @param partitions  how many partitions of the input are extracted side by side; 0 for one per core
 * @param partitionMinimum the fewest articles a partition is given: smaller inboxes get fewer partitions
 * @param schedule    when {@code serve} runs the nightly briefing
 */
@ConfigurationProperties("briefing")
public record BriefingProperties(@DefaultValue("./data/briefing") Path db, @DefaultValue("20") int chunkSize,
        @DefaultValue("10MB") DataSize maxFileSize, @DefaultValue("1000") int skipLimit,
        @DefaultValue("0") int partitions, @DefaultValue("100") int partitionMinimum,
        @DefaultValue Schedule schedule) {

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
        if (partitions < 0) {
            throw new IllegalArgumentException("briefing.partitions must be 0 (one per core) or more: " + partitions);
        }
    }

    /** How many partitions to extract side by side: as set, or one per core. */
    public int partitionCount() {
        return partitions == 0 ? Runtime.getRuntime().availableProcessors() : partitions;
    }

    /**
     * When the nightly briefing runs.
     *
     * @param cron a Spring cron expression: second, minute, hour, day of month, month, day of week
     * @param zone the time zone the expression and the run date are read in; the system's when null
     */
    public record Schedule(@DefaultValue("0 0 2 * * *") String cron, @Nullable ZoneId zone) {

        public Schedule {
            if (!CronExpression.isValidExpression(cron)) {
                throw new IllegalArgumentException("briefing.schedule.cron is not a cron expression "
                        + "(second minute hour day month weekday): " + cron);
            }
        }

        /** The zone runs are scheduled and dated in. */
        public ZoneId zoneOrDefault() {
            return zone == null ? ZoneId.systemDefault() : zone;
        }
    }
}
