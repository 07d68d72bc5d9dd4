package dev.briefing.config;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

import dev.briefing.processor.story.PackEntry;
import dev.briefing.processor.story.SkippedInput;
import dev.briefing.processor.story.StoryAssembler;
import dev.briefing.processor.story.StoryMember;
import dev.briefing.processor.story.StoryProfile;
import dev.briefing.processor.summary.ArticleSummary;
import dev.briefing.writer.JsonSummaryMapper;
import org.jspecify.annotations.Nullable;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemStreamReader;
import org.springframework.batch.infrastructure.item.database.JdbcCursorItemReader;
import org.springframework.batch.infrastructure.item.database.builder.JdbcCursorItemReaderBuilder;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Reads the run's staged summaries back as the pack's entries: each story with its articles, most
 * reported story first, then each skipped input. Only one story's summaries are held at a time.
 *
 * <p>Not restartable mid-way ({@code saveState} off): the report step writes its files afresh.
 */
public class StagedPackReader implements ItemStreamReader<PackEntry> {

    private static final String SELECT = """
            SELECT a.SUMMARY_JSON, s.STORY_ID, s.STORY_RANK, a.FILE_NAME, a.STORY_PROFILE, s.CENTRALITY
            FROM BRIEFING_ARTICLE a
            LEFT JOIN BRIEFING_STORY s ON s.JOB_INSTANCE_ID = a.JOB_INSTANCE_ID AND s.ARTICLE_ID = a.ARTICLE_ID
                AND a.SKIP_REASON IS NULL
            WHERE a.JOB_INSTANCE_ID = ?
            ORDER BY CASE WHEN s.STORY_RANK IS NULL THEN 1 ELSE 0 END, s.STORY_RANK, a.FILE_NAME""";

    private record Row(ArticleSummary summary, @Nullable String story, int rank, String file, StoryProfile profile,
            double centrality) {

        StoryMember member() {
            return new StoryMember(summary, profile, centrality);
        }
    }

    private final JdbcCursorItemReader<Row> rows;

    private final FactHistory facts;

    private @Nullable StoryAssembler assembler;

    private @Nullable Row next;

    private final LocalDate runDate;

    public StagedPackReader(DataSource dataSource, long jobInstanceId, LocalDate runDate) {
        this.runDate = runDate;
        JsonSummaryMapper mapper = new JsonSummaryMapper();
        this.rows = new JdbcCursorItemReaderBuilder<Row>()
                .name("stagedPackReader")
                .dataSource(dataSource)
                .sql(SELECT)
                .queryArguments(jobInstanceId)
                .rowMapper((rs, i) -> new Row(mapper.fromJson(rs.getString(1)), rs.getString(2), rs.getInt(3),
                        rs.getString(4), rs.getString(5) == null ? StoryProfile.EMPTY
                                : mapper.profileFromJson(rs.getString(5)), rs.getDouble(6)))
                .saveState(false)
                .build();
        this.facts = new FactHistory(new JdbcTemplate(dataSource), jobInstanceId);
    }

    @Override
    public void open(ExecutionContext executionContext) {
        rows.open(executionContext);
        assembler = new StoryAssembler(facts.reportedBefore(runDate));
        next = null;
    }

    @Override
    public @Nullable PackEntry read() throws Exception {
        Row row = take();
        if (row == null) {
            return null;
        }
        if (row.story() == null) {
            if (row.summary().skipped() == null) {
                throw new IllegalStateException(row.file() + ": summarised but in no story; run the story step first");
            }
            return new SkippedInput(row.summary());
        }
        List<StoryMember> members = new ArrayList<>();
        members.add(row.member());
        while (peek() != null && row.story().equals(peek().story())) {
            members.add(take().member());
        }
        return assembler.assemble(row.story(), row.rank(), members);
    }

    private @Nullable Row peek() throws Exception {
        if (next == null) {
            next = rows.read();
        }
        return next;
    }

    private @Nullable Row take() throws Exception {
        Row row = peek();
        next = null;
        return row;
    }

    @Override
    public void update(ExecutionContext executionContext) {
        rows.update(executionContext);
    }

    @Override
    public void close() {
        rows.close();
    }
}
