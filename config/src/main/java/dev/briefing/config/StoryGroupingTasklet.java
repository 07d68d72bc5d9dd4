package dev.briefing.config;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.briefing.processor.story.FactKeys;
import dev.briefing.processor.story.StoryAssignment;
import dev.briefing.processor.story.StoryGrouper;
import dev.briefing.processor.story.StoryKey;
import dev.briefing.processor.story.StoryProfile;
import dev.briefing.processor.story.StoryRanker;
import dev.briefing.processor.summary.ArticleSummary;
import dev.briefing.writer.JsonSummaryMapper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Groups the run's summarised articles into stories, ranks them and records the facts they report:
 * reads the staged summaries and profiles once, keeping only each article's compact
 * {@link StoryKey} and, where earlier runs completed, the short hashes of its facts (in a first run
 * every fact is new, and its count is enough), writes the run's fact keys to
 * {@code BRIEFING_FACT}, then sets each article's story, rank and centrality in
 * {@code BRIEFING_STORY}. Idempotent: a restart recomputes the same stories and replaces the facts.
 */
public class StoryGroupingTasklet implements Tasklet {

    private static final Logger log = LoggerFactory.getLogger(StoryGroupingTasklet.class);

    private static final String SUMMARISED = """
            SELECT SUMMARY_JSON, STORY_PROFILE FROM BRIEFING_ARTICLE
            WHERE JOB_INSTANCE_ID = ? AND SKIP_REASON IS NULL ORDER BY FILE_NAME""";

    private static final String UNASSIGN = "DELETE FROM BRIEFING_STORY WHERE JOB_INSTANCE_ID = ?";

    private static final String ASSIGN = """
            INSERT INTO BRIEFING_STORY (JOB_INSTANCE_ID, ARTICLE_ID, STORY_ID, STORY_RANK, CENTRALITY)
            VALUES (?, ?, ?, ?, ?)""";

    private static final int BATCH = 1000;

    private final JdbcTemplate jdbc;

    private final long jobInstanceId;

    private final LocalDate runDate;

    private final StoryGrouper grouper;

    private final StoryRanker ranker;

    private final JsonSummaryMapper mapper = new JsonSummaryMapper();

    public StoryGroupingTasklet(JdbcTemplate jdbc, long jobInstanceId, LocalDate runDate, StoryGrouper grouper,
            StoryRanker ranker) {
        this.jdbc = jdbc;
        this.jobInstanceId = jobInstanceId;
        this.runDate = runDate;
        this.grouper = grouper;
        this.ranker = ranker;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
        FactHistory facts = new FactHistory(jdbc, jobInstanceId);
        facts.clear();
        boolean history = facts.earlierRunsCompleted(runDate);
        Map<String, StoryKey> keys = new LinkedHashMap<>();
        Map<String, long[]> factsOf = new HashMap<>();
        Map<String, Integer> factCounts = new HashMap<>();
        List<String> factKeys = new ArrayList<>();
        jdbc.query(SUMMARISED, rs -> {
            ArticleSummary summary = mapper.fromJson(rs.getString(1));
            String profile = rs.getString(2);
            keys.put(summary.id(), StoryKey.of(summary, profile == null ? StoryProfile.EMPTY
                    : mapper.profileFromJson(profile)));
            List<String> own = new ArrayList<>();
            summary.commitments().forEach(commitment -> own.add(FactKeys.of(commitment)));
            summary.positions().forEach(position -> own.add(FactKeys.of(position)));
            if (history) {
                factsOf.put(summary.id(), own.stream().mapToLong(StoryGroupingTasklet::shortHashOfKey).toArray());
            }
            factKeys.addAll(own);
            if (!history && !own.isEmpty()) {
                factCounts.put(summary.id(), own.size());
            }
            if (factKeys.size() >= BATCH) {
                facts.record(factKeys);
                factKeys.clear();
            }
        }, jobInstanceId);
        facts.record(factKeys);
        List<StoryKey> articles = List.copyOf(keys.values());
        List<StoryAssignment> assignments = grouper.group(articles);
        Set<Long> reported = new HashSet<>();
        facts.reportedHashesBefore(runDate).forEach(hash -> reported.add(shortHashOfHex(hash)));
        Map<String, Integer> ranks = ranker.rank(assignments, articles, id -> (int) Arrays.stream(factsOf.getOrDefault(id, new long[0])).filter(hash -> !reported.contains(hash)).count());
        assign(assignments, ranks);
        log.info("Grouped {} articles into {} stories", articles.size(), ranks.size());
        contribution.incrementWriteCount(ranks.size());
        return RepeatStatus.FINISHED;
    }

    /** The first 64 bits of a fact key's SHA-256: enough to tell a run's facts apart. */
    private static long shortHashOfKey(String key) {
        return shortHashOfHex(FactHistory.hash(key));
    }

    private static long shortHashOfHex(String hex) {
        return Long.parseUnsignedLong(hex.substring(0, 16), 16);
    }

    /** Records each article's story, once per article id ("a.txt" and "a.html" share one), afresh. */
    private void assign(List<StoryAssignment> assignments, Map<String, Integer> ranks) {
        Map<String, StoryAssignment> byArticle = new LinkedHashMap<>();
        assignments.forEach(assignment -> byArticle.put(assignment.articleId(), assignment));
        List<Object[]> rows = byArticle.values().stream().map(a -> new Object[] {jobInstanceId, a.articleId(),
                a.storyId(), ranks.get(a.storyId()), a.centrality()}).toList();
        jdbc.update(UNASSIGN, jobInstanceId);
        for (int from = 0; from < rows.size(); from += BATCH) {
            jdbc.batchUpdate(ASSIGN, rows.subList(from, Math.min(rows.size(), from + BATCH)));
        }
    }
}
