package dev.briefing.config;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * How far the extractions running in this process are: articles done and to do, per partition, as
 * {@link ExtractionProgressListener} reports them, for a terminal to show while a long run goes on.
 */
public class ExtractionProgress {

    /** The progress of the partitions together. */
    public record Snapshot(long done, long total, Duration elapsed) {

        /** Articles per second so far. */
        public double rate() {
            return elapsed.toMillis() == 0 ? 0 : done * 1000.0 / elapsed.toMillis();
        }

        /** The time left at the rate so far, or null before there is one. */
        public Duration remaining() {
            double rate = rate();
            return rate == 0 || done >= total ? null : Duration.ofSeconds((long) ((total - done) / rate));
        }
    }

    private record Partition(long done, long total, long startNanos) {
    }

    private final Map<String, Partition> partitions = new ConcurrentHashMap<>();

    void started(String partition, long total) {
        partitions.put(partition, new Partition(0, total, System.nanoTime()));
    }

    void advanced(String partition, long done) {
        partitions.computeIfPresent(partition, (name, p) -> new Partition(done, p.total(), p.startNanos()));
    }

    /** Forgets the partitions of earlier runs, as a run starts. */
    public void clear() {
        partitions.clear();
    }

    /** The partitions of the run, together, so far; empty before any started. */
    public Optional<Snapshot> now() {
        if (partitions.isEmpty()) {
            return Optional.empty();
        }
        long done = 0;
        long total = 0;
        long earliest = Long.MAX_VALUE;
        for (Partition p : partitions.values()) {
            done += p.done();
            total += p.total();
            earliest = Math.min(earliest, p.startNanos());
        }
        return Optional.of(new Snapshot(done, total, Duration.ofNanos(System.nanoTime() - earliest)));
    }

    /** A snapshot in words: "1,200 of 5,000 articles (24%), 45/s, about 1m 24s left". */
    public static String describe(long done, long total, double rate, Duration remaining) {
        String share = total == 0 ? "" : " (%d%%)".formatted(done * 100 / total);
        String left = remaining == null ? "" : ", about " + duration(remaining) + " left";
        return "%,d of %,d articles%s, %.0f/s%s".formatted(done, total, share, rate, left);
    }

    static String duration(Duration duration) {
        long seconds = duration.toSeconds();
        return seconds >= 3600 ? "%dh %02dm".formatted(seconds / 3600, seconds % 3600 / 60)
                : seconds >= 60 ? "%dm %02ds".formatted(seconds / 60, seconds % 60) : seconds + "s";
    }
}
