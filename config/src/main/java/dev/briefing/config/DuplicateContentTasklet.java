package dev.briefing.config;

import java.util.List;

import dev.briefing.processor.summary.ArticleSummary;
import dev.briefing.writer.JsonSummaryMapper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * After the extraction, keeps each content once: of the run's articles with the same SHA-256, the
 * one with the first file name stays, the others become skipped inputs "same content as" it.
 *
 * <p>Within one partition the reader already marks duplicates as it reads; this step settles those
 * its partitions could not see: copies in two partitions read side by side, or on both sides of a
 * restart. The rule is the reader's, so the pack is the same however the run was split or
 * interrupted. Idempotent: a restart of this step changes nothing more.
 */
public class DuplicateContentTasklet implements Tasklet {

    private static final Logger log = LoggerFactory.getLogger(DuplicateContentTasklet.class);

    private static final String DUPLICATES = """
            SELECT a.FILE_NAME, a.ARTICLE_ID, a.SHA256, (
                SELECT MIN(b.FILE_NAME) FROM BRIEFING_ARTICLE b
                WHERE b.JOB_INSTANCE_ID = a.JOB_INSTANCE_ID AND b.SHA256 = a.SHA256 AND b.SKIP_REASON IS NULL
            ) AS FIRST_FILE
            FROM BRIEFING_ARTICLE a
            WHERE a.JOB_INSTANCE_ID = ? AND a.SKIP_REASON IS NULL
            AND EXISTS (SELECT 1 FROM BRIEFING_ARTICLE c WHERE c.JOB_INSTANCE_ID = a.JOB_INSTANCE_ID
                AND c.SHA256 = a.SHA256 AND c.SKIP_REASON IS NULL AND c.FILE_NAME < a.FILE_NAME)
            ORDER BY a.FILE_NAME""";

    private static final String SKIP = """
            UPDATE BRIEFING_ARTICLE SET SKIP_REASON = ?, SUMMARY_JSON = ?
            WHERE JOB_INSTANCE_ID = ? AND FILE_NAME = ?""";

    private record Duplicate(String file, String id, String sha256, String first) {
    }

    private final JdbcTemplate jdbc;

    private final long jobInstanceId;

    private final JsonSummaryMapper mapper = new JsonSummaryMapper();

    public DuplicateContentTasklet(JdbcTemplate jdbc, long jobInstanceId) {
        this.jdbc = jdbc;
        this.jobInstanceId = jobInstanceId;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
        List<Duplicate> duplicates = jdbc.query(DUPLICATES, (rs, row) -> new Duplicate(rs.getString(1),
                rs.getString(2), rs.getString(3), rs.getString(4)), jobInstanceId);
        for (Duplicate duplicate : duplicates) {
            String reason = "same content as " + duplicate.first();
            log.info("Skipped {}: {}", duplicate.file(), reason);
            jdbc.update(SKIP, reason, mapper.toJson(ArticleSummary.skipped(duplicate.id(), duplicate.file(),
                    duplicate.sha256(), reason)), jobInstanceId, duplicate.file());
            contribution.incrementWriteCount(1);
        }
        return RepeatStatus.FINISHED;
    }
}
