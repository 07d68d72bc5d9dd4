package dev.briefing.config;

import dev.briefing.processor.ArticleProcessingException;
import dev.briefing.processor.summary.ArticleSummary;
import dev.briefing.reader.Article;
import dev.briefing.reader.ArticleReadException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.listener.SkipListener;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

/**
 * Records every input the extraction step skips, with its reason, as a skipped summary in the
 * staging table, so the pack lists it and nothing is silently dropped. Skip callbacks run inside the
 * chunk transaction, so the record commits or rolls back with the chunk.
 */
public class SkippedInputRecorder implements SkipListener<Article, StagedArticle> {

    private static final Logger log = LoggerFactory.getLogger(SkippedInputRecorder.class);

    private final NamedParameterJdbcTemplate jdbc;

    private final SummaryStagingTable table;

    private final long jobInstanceId;

    public SkippedInputRecorder(NamedParameterJdbcTemplate jdbc, SummaryStagingTable table, long jobInstanceId) {
        this.jdbc = jdbc;
        this.table = table;
        this.jobInstanceId = jobInstanceId;
    }

    @Override
    public void onSkipInRead(Throwable t) {
        if (t instanceof ArticleReadException ex) {
            record(ArticleSummary.skipped(ex.getArticleId(), ex.getFileName(), null, ex.getReason()));
        }
        else {
            log.error("Skipped an input that cannot be named", t);
        }
    }

    @Override
    public void onSkipInProcess(Article item, Throwable t) {
        String reason = t instanceof ArticleProcessingException ex ? ex.getReason() : String.valueOf(t);
        record(ArticleSummary.skipped(item.id(), item.fileName(), item.sha256(), reason));
    }

    private void record(ArticleSummary skipped) {
        log.warn("Skipped {}: {}", skipped.file(), skipped.skipped().reason());
        jdbc.update(SummaryStagingTable.INSERT, table.parameters(jobInstanceId, skipped));
    }
}
