package dev.briefing.config;

import java.sql.ResultSet;
import java.sql.SQLException;

import dev.briefing.processor.summary.ArticleSummary;
import dev.briefing.writer.JsonSummaryMapper;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;

/**
 * The {@code BRIEFING_ARTICLE} table, where the extraction step stages each input's summary (or
 * skip reason) and its story profile for the later steps, keyed by run (job instance) and file name.
 *
 * <p>Rows are only inserted, in the chunk transaction that also saves the reader's position, so a
 * restart can never stage an input twice: the primary key would refuse it loudly.
 */
public final class SummaryStagingTable {

    static final String INSERT = """
            INSERT INTO BRIEFING_ARTICLE (JOB_INSTANCE_ID, FILE_NAME, ARTICLE_ID, SHA256, SKIP_REASON, SUMMARY_JSON,
                STORY_PROFILE)
            VALUES (:instance, :file, :id, :sha256, :skipReason, :json, :profile)""";

    static final String SELECT_RUN = """
            SELECT SUMMARY_JSON FROM BRIEFING_ARTICLE WHERE JOB_INSTANCE_ID = ? ORDER BY FILE_NAME""";

    private final JsonSummaryMapper mapper = new JsonSummaryMapper();

    /** The row of an article the run summarised, with its story profile. */
    SqlParameterSource parameters(long jobInstanceId, StagedArticle staged) {
        return parameters(jobInstanceId, staged.summary(), mapper.toJson((Object) staged.profile()));
    }

    /** The row of an input the run could not summarise: no profile. */
    SqlParameterSource parameters(long jobInstanceId, ArticleSummary summary) {
        return parameters(jobInstanceId, summary, null);
    }

    private SqlParameterSource parameters(long jobInstanceId, ArticleSummary summary, @Nullable String profile) {
        return new MapSqlParameterSource()
                .addValue("instance", jobInstanceId)
                .addValue("file", summary.file())
                .addValue("id", summary.id())
                .addValue("sha256", summary.sha256())
                .addValue("skipReason", summary.skipped() == null ? null : summary.skipped().reason())
                .addValue("json", mapper.toJson(summary))
                .addValue("profile", profile);
    }

    RowMapper<ArticleSummary> rowMapper() {
        return (ResultSet rs, int row) -> summary(rs);
    }

    private ArticleSummary summary(ResultSet rs) throws SQLException {
        return mapper.fromJson(rs.getString("SUMMARY_JSON"));
    }
}
