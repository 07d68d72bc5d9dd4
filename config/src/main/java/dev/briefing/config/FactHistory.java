package dev.briefing.config;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

/**
 * The {@code BRIEFING_FACT} table: the keys of the facts each run reported (as SHA-256, so every key
 * has the same short length), from which a run learns which of its facts a completed run of an
 * earlier date already reported: the others are new to the reader of the nightly packs.
 */
final class FactHistory {

    private static final String DELETE = "DELETE FROM BRIEFING_FACT WHERE JOB_INSTANCE_ID = ?";

    /** Inserts a fact of a run unless already recorded: a run holds each fact once, so that finding
     *  the earlier runs that reported a fact costs what their number does, not that of its reports. */
    private static final String INSERT = """
            INSERT INTO BRIEFING_FACT (JOB_INSTANCE_ID, FACT_KEY) SELECT ?, ? WHERE NOT EXISTS (
                SELECT 1 FROM BRIEFING_FACT WHERE FACT_KEY = ? AND JOB_INSTANCE_ID = ?)""";

    /** The runs completed before a date: few, so the facts query below can probe the index for each. */
    private static final String EARLIER_RUNS = """
            SELECT DISTINCT e.JOB_INSTANCE_ID FROM BATCH_JOB_EXECUTION e
            JOIN BATCH_JOB_EXECUTION_PARAMS p ON p.JOB_EXECUTION_ID = e.JOB_EXECUTION_ID AND p.PARAMETER_NAME = 'date'
            WHERE e.STATUS = 'COMPLETED' AND p.PARAMETER_VALUE < :date AND e.JOB_INSTANCE_ID <> :run""";

    private static final String REPORTED_BY = """
            SELECT f.FACT_KEY FROM BRIEFING_FACT f WHERE f.JOB_INSTANCE_ID = :run AND EXISTS (
                SELECT 1 FROM BRIEFING_FACT o WHERE o.FACT_KEY = f.FACT_KEY AND o.JOB_INSTANCE_ID IN (:earlier))""";

    private final JdbcTemplate jdbc;

    private final long jobInstanceId;

    FactHistory(JdbcTemplate jdbc, long jobInstanceId) {
        this.jdbc = jdbc;
        this.jobInstanceId = jobInstanceId;
    }

    /** Forgets this run's facts, so that recording them again after a restart adds no duplicate. */
    void clear() {
        jdbc.update(DELETE, jobInstanceId);
    }

    void record(List<String> keys) {
        jdbc.batchUpdate(INSERT, keys.stream().map(FactHistory::hash).distinct()
                .map(hash -> new Object[] {jobInstanceId, hash, hash, jobInstanceId}).toList());
    }

    /**
     * Whether a completed run of a date before this run's reported the fact of a key. Asks the
     * database once, in two queries: a single join let the planner scan this run's facts for each of
     * them, which took minutes at 100,000 articles.
     */
    Predicate<String> reportedBefore(LocalDate runDate) {
        Set<String> hashes = reportedHashesBefore(runDate);
        return hashes.isEmpty() ? key -> false : key -> hashes.contains(hash(key));
    }

    /** The hashes of this run's facts that a completed run of an earlier date reported. */
    Set<String> reportedHashesBefore(LocalDate runDate) {
        NamedParameterJdbcTemplate named = new NamedParameterJdbcTemplate(jdbc);
        List<Long> earlier = earlierRuns(named, runDate);
        if (earlier.isEmpty()) {
            return Set.of();
        }
        return new HashSet<>(named.queryForList(REPORTED_BY, Map.of("run", jobInstanceId, "earlier", earlier),
                String.class));
    }

    /** Whether a run of a date before this run's completed: in the first run of a database, none did. */
    boolean earlierRunsCompleted(LocalDate runDate) {
        return !earlierRuns(new NamedParameterJdbcTemplate(jdbc), runDate).isEmpty();
    }

    private List<Long> earlierRuns(NamedParameterJdbcTemplate named, LocalDate runDate) {
        return named.queryForList(EARLIER_RUNS, Map.of("date", runDate.toString(), "run", jobInstanceId), Long.class);
    }

    static String hash(String key) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(key.getBytes(StandardCharsets.UTF_8)));
        }
        catch (NoSuchAlgorithmException ex) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", ex);
        }
    }
}
