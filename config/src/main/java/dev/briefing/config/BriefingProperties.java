package dev.briefing.config;

import java.nio.file.Path;
import java.time.Duration;
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
 * @param maxArticleChars an article's text is summarised up to this many characters, the rest left out
 * @param skipLimit   a partition of the extraction fails once more inputs than this are skipped in it
 * @param partitions  how many partitions of the input are extracted side by side; 0 for one per core
 * @param partitionMinimum the fewest articles a partition is given: smaller inboxes get fewer partitions
 * @param schedule    when {@code serve} runs the nightly briefing
 * @param remote      how the extraction is spread over worker processes, when it is
 * @param stopTimeout how long a process asked to terminate waits for its command to stop cleanly
 *                    (longer while it serves the database file to another process's run)
 */
@ConfigurationProperties("briefing")
public record BriefingProperties(@DefaultValue("./data/briefing") Path db, @DefaultValue("20") int chunkSize,
        @DefaultValue("10MB") DataSize maxFileSize, @DefaultValue("100000") int maxArticleChars,
        @DefaultValue("1000") int skipLimit,
        @DefaultValue("0") int partitions, @DefaultValue("100") int partitionMinimum,
        @DefaultValue Schedule schedule, @DefaultValue Remote remote, @DefaultValue("2m") Duration stopTimeout) {

    public BriefingProperties {
        if (chunkSize < 1) {
            throw new IllegalArgumentException("briefing.chunk-size must be at least 1: " + chunkSize);
        }
        if (maxFileSize.toBytes() < 1) {
            throw new IllegalArgumentException("briefing.max-file-size must be positive: " + maxFileSize);
        }
        if (maxArticleChars < 1000) {
            throw new IllegalArgumentException("briefing.max-article-chars must be at least 1000: " + maxArticleChars);
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
     * Remote partitioning: a manager splits the extraction into partitions and sends them over a JMS
     * broker (ActiveMQ Artemis) to worker processes sharing its job repository.
     *
     * @param broker       the broker's URL, such as {@code tcp://broker-host:61616}; none for local partitioning
     * @param workers      as manager: how many partitions to send, one per worker; 0 to extract on this machine
     * @param worker       whether this process is a worker, taking partitions from the broker
     * @param pollInterval how often the manager reads the job repository for its partitions' progress
     * @param timeout      how long the manager waits for all partitions before the step fails, restartable
     */
    public record Remote(@Nullable String broker, @DefaultValue("0") int workers, @DefaultValue("false") boolean worker,
            @DefaultValue("1s") Duration pollInterval, @DefaultValue("6h") Duration timeout) {

        public Remote {
            if (workers < 0) {
                throw new IllegalArgumentException("briefing.remote.workers must be 0 (no remote workers) or more: "
                        + workers);
            }
            if ((workers > 0 || worker) && (broker == null || broker.isBlank())) {
                throw new IllegalArgumentException("briefing.remote.broker, the broker's URL, is needed by a manager "
                        + "of remote workers and by a worker");
            }
            if (pollInterval.isNegative() || pollInterval.isZero() || timeout.isNegative() || timeout.isZero()) {
                throw new IllegalArgumentException("briefing.remote.poll-interval and timeout must be positive");
            }
        }
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
