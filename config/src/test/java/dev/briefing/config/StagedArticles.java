package dev.briefing.config;

import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;

/** Reads the staging table back, for assertions on what a run staged. */
final class StagedArticles {

    record Row(String file, String skipReason) {
    }

    private StagedArticles() {
    }

    static List<Row> of(JdbcTemplate jdbc, long jobInstanceId) {
        return jdbc.query("SELECT FILE_NAME, SKIP_REASON FROM BRIEFING_ARTICLE WHERE JOB_INSTANCE_ID = ? ORDER BY FILE_NAME",
                (rs, n) -> new Row(rs.getString(1), rs.getString(2)), jobInstanceId);
    }
}
