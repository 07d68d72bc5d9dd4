package dev.briefing.config;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.briefing.processor.story.FactKeys;
import dev.briefing.processor.story.StoryAssignment;
import dev.briefing.processor.story.StoryGrouper;
import dev.briefing.processor.story.StoryKey;
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
 * Groups the run's summarised articles into stories and records the facts it reports: reads the
 * staged summaries once, keeping only each article's compact {@link StoryKey}, sets each article's
 * story and rank in {@code BRIEFING_STORY}, and writes the run's fact keys to
 * {@code BRIEFING_FACT}. Idempotent: a restart recomputes the same stories and replaces the facts.
 */
public class StoryGroupingTasklet implements Tasklet {

    private static final Logger log = LoggerFactory.getLogger(StoryGroupingTasklet.class);

    private static final String SUMMARISED = """
            SELECT SUMMARY_JSON FROM BRIEFING_ARTICLE
            WHERE JOB_INSTANCE_ID = ? AND SKIP_REASON IS NULL ORDER BY FILE_NAME""";

    private static final String UNASSIGN = "DELETE FROM BRIEFING_STORY WHERE JOB_INSTANCE_ID = ?";

    private static final String ASSIGN = """
            INSERT INTO BRIEFING_STORY (JOB_INSTANCE_ID, ARTICLE_ID, STORY_ID, STORY_RANK) VALUES (?, ?, ?, ?)""";

    private static final int BATCH = 1000;

    private final JdbcTemplate jdbc;

    private final long jobInstanceId;

    private final StoryGrouper grouper;

    private final JsonSummaryMapper mapper = new JsonSummaryMapper();

    public StoryGroupingTasklet(JdbcTemplate jdbc, long jobInstanceId, StoryGrouper grouper) {
        this.jdbc = jdbc;
        this.jobInstanceId = jobInstanceId;
        this.grouper = grouper;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
        FactHistory facts = new FactHistory(jdbc, jobInstanceId);
        facts.clear();
        List<StoryKey> keys = new ArrayList<>();
        List<String> factKeys = new ArrayList<>();
        jdbc.query(SUMMARISED, rs -> {
            ArticleSummary summary = mapper.fromJson(rs.getString(1));
            keys.add(StoryKey.of(summary));
            summary.commitments().forEach(commitment -> factKeys.add(FactKeys.of(commitment)));
            summary.positions().forEach(position -> factKeys.add(FactKeys.of(position)));
            if (factKeys.size() >= BATCH) {
                facts.record(factKeys);
                factKeys.clear();
            }
        }, jobInstanceId);
        facts.record(factKeys);
        List<StoryAssignment> assignments = grouper.group(keys);
        assign(assignments);
        long stories = assignments.stream().map(StoryAssignment::storyId).distinct().count();
        log.info("Grouped {} articles into {} stories", keys.size(), stories);
        contribution.incrementWriteCount(stories);
        return RepeatStatus.FINISHED;
    }

    /** Records each article's story, once per article id ("a.txt" and "a.html" share one), afresh. */
    private void assign(List<StoryAssignment> assignments) {
        Map<String, StoryAssignment> byArticle = new LinkedHashMap<>();
        assignments.forEach(assignment -> byArticle.put(assignment.articleId(), assignment));
        List<Object[]> rows = byArticle.values().stream()
                .map(a -> new Object[] {jobInstanceId, a.articleId(), a.storyId(), a.rank()}).toList();
        jdbc.update(UNASSIGN, jobInstanceId);
        for (int from = 0; from < rows.size(); from += BATCH) {
            jdbc.batchUpdate(ASSIGN, rows.subList(from, Math.min(rows.size(), from + BATCH)));
        }
    }
}
