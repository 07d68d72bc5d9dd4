package dev.briefing.config;

import java.time.LocalDate;

import dev.briefing.processor.ArticleProcessingException;
import dev.briefing.reader.Article;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.infrastructure.item.ItemProcessor;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Decides whether this run should brief an article, from what earlier runs briefed and what this
 * run has read.
 *
 * <ol>
 *   <li>Content briefed in a completed run of an earlier date is not briefed again: the article is
 *       filtered out (counted as filtered by the step, logged with the run that briefed it), unless
 *       the run was asked to brief all articles. This comes first, so a copy of old news is old news,
 *       not a duplicate to list every night.</li>
 *   <li>Content read before in this partition of the run (the reader marks the later file as a
 *       duplicate) is refused with an {@link ArticleProcessingException} naming the first file: the
 *       step skips and records it, so the content is briefed once and both files are listed.
 *       Copies the reader could not see (in another partition, or read before a restart) are
 *       settled after the extraction by {@link DuplicateContentTasklet}.</li>
 * </ol>
 *
 * <p>Completion is read from the job repository's own tables, the one record of which runs
 * completed.
 */
public class BriefedContentFilter implements ItemProcessor<Article, Article> {

    private static final Logger log = LoggerFactory.getLogger(BriefedContentFilter.class);

    private static final String BRIEFED_BEFORE = """
            SELECT MAX(p.PARAMETER_VALUE) FROM BRIEFING_ARTICLE a
            JOIN BATCH_JOB_EXECUTION e ON e.JOB_INSTANCE_ID = a.JOB_INSTANCE_ID AND e.STATUS = 'COMPLETED'
            JOIN BATCH_JOB_EXECUTION_PARAMS p ON p.JOB_EXECUTION_ID = e.JOB_EXECUTION_ID AND p.PARAMETER_NAME = 'date'
            WHERE a.SHA256 = ? AND a.SKIP_REASON IS NULL AND p.PARAMETER_VALUE < ?""";

    private final JdbcTemplate jdbc;

    private final LocalDate runDate;

    private final boolean all;

    public BriefedContentFilter(JdbcTemplate jdbc, BriefingJobParameters run) {
        this.jdbc = jdbc;
        this.runDate = run.date();
        this.all = run.all();
    }

    @Override
    public @Nullable Article process(Article article) {
        if (!all) {
            String briefedOn = jdbc.queryForObject(BRIEFED_BEFORE, String.class, article.sha256(), runDate.toString());
            if (briefedOn != null) {
                log.info("Not briefing {} again: its content was briefed in the run of {}", article.fileName(),
                        briefedOn);
                return null;
            }
        }
        if (article.duplicateOf() != null) {
            throw new ArticleProcessingException(article.fileName(), "same content as " + article.duplicateOf());
        }
        return article;
    }
}
