package dev.briefing.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.test.JobOperatorTestUtils;
import org.springframework.batch.test.context.SpringBatchTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The two sample articles report one event, from two outlets: the pack makes them one story whose
 * outlets and dates, and the pack tells the facts a completed run of an earlier date reported from
 * new ones. A commitment two outlets report is one fact with both sources.
 */
@SpringBatchTest
@DirtiesContext
@SpringBootTest(classes = BriefingTestApplication.class)
class StoriesIntegrationTests {

    private static final Path SAMPLES = Path.of("../samples/articles");

    @TempDir
    static Path dir;

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        registry.add("briefing.db", () -> dir.resolve("db/briefing").toString());
    }

    @Autowired
    JobOperatorTestUtils jobOperatorTestUtils;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void groupsTwoOutletsReportsOfOneEventIntoOneStory() throws Exception {
        Path output = run(LocalDate.of(2023, 2, 2));

        List<JsonNode> stories = stories(output);
        assertThat(stories).singleElement().satisfies(story -> {
            assertThat(story.get("outlets")).extracting(JsonNode::asString)
                    .containsExactlyInAnyOrder("AFP", "The Yomiuri Shimbun");
            assertThat(story.get("articles")).hasSize(2);
            assertThat(story.get("first").asString()).isEqualTo("2023-01-31");
        });
        String storyId = stories.getFirst().get("id").asString();
        assertThat(PackFiles.summaries(output)).hasSize(2)
                .allSatisfy(line -> assertThat(line.get("story").asString()).isEqualTo(storyId));
    }

    @Test
    void mergesTheConcernBothOutletsReportIntoOneFactWithEachOutletsOwnSentence() throws Exception {
        Path output = run(LocalDate.of(2023, 2, 4));

        JsonNode story = stories(output).getFirst();
        assertThat(story.get("lead").get("text").asString()).isNotBlank();
        List<JsonNode> corroborated = new ArrayList<>();
        story.get("positions").forEach(position -> {
            if (position.get("corroborated").asBoolean()) {
                corroborated.add(position);
            }
        });
        assertThat(corroborated).anySatisfy(position -> {
            assertThat(position.get("sources")).extracting(source -> source.get("outlet").asString())
                    .containsExactlyInAnyOrder("AFP", "The Yomiuri Shimbun");
            assertThat(position.get("sources")).extracting(source -> source.get("sentence").asString())
                    .allSatisfy(sentence -> assertThat(sentence).contains("military cooperation"));
        });
        assertThat(PackFiles.pdfText(output)).contains("Corroborated: each outlet's own words");
    }

    @Test
    void mergesACommitmentTwoOutletsReportedIntoOneWithBothSources() throws Exception {
        Path inbox = Inboxes.inbox(dir.resolve("corroborated"), "a.txt=minister-pledges-aid.txt",
                "b.txt=minister-pledges-aid-as-another-outlet-reports-it.txt");
        Path output = dir.resolve("out/corroborated");
        JobExecution execution = jobOperatorTestUtils.startJob(new BriefingJobParameters(LocalDate.of(2024, 5, 7),
                inbox, output).toJobParameters());
        assertThat(execution.getStatus()).isEqualTo(BatchStatus.COMPLETED);

        JsonNode story = stories(output).getFirst();
        assertThat(story.get("articles")).hasSize(2);
        assertThat(story.get("commitments")).singleElement().satisfies(commitment -> assertThat(
                commitment.get("sources")).extracting(source -> source.get("outlet").asString())
                .containsExactly("Reuters", "AFP"));
        assertThat(PackFiles.column(output, "Commitments", 6)).containsExactly("Reuters, AFP");
        assertThat(jdbc.queryForList("SELECT COUNT(*) FROM BRIEFING_FACT WHERE JOB_INSTANCE_ID = ? GROUP BY FACT_KEY",
                Integer.class, execution.getJobInstanceId())).as("each fact recorded once in a run").isNotEmpty()
                .containsOnly(1);
    }

    @Test
    void showsEachCommitmentInTheWorkbookAndThePdf() throws Exception {
        Path output = run(LocalDate.of(2023, 2, 3));

        List<String> actions = new ArrayList<>();
        PackFiles.summaries(output).forEach(line -> line.get("commitments")
                .forEach(commitment -> actions.add(commitment.get("action").asString())));
        assertThat(actions).isNotEmpty();
        List<String> sheet = PackFiles.column(output, "Commitments", 2);
        String pdf = PackFiles.pdfText(output).replaceAll("\\s+", " ");
        for (String action : actions) {
            assertThat(sheet).contains(action);
            assertThat(pdf).contains(action.replaceAll("\\s+", " "));
        }
    }

    @Test
    void marksNewOnlyTheFactsNoEarlierCompletedRunReported() throws Exception {
        Path first = run(LocalDate.of(2023, 1, 1));
        Path second = run(LocalDate.of(2023, 3, 2));

        assertThat(facts(first)).isNotEmpty().allSatisfy(fact -> assertThat(fact.get("new").asBoolean()).isTrue());
        assertThat(facts(second)).isNotEmpty().allSatisfy(fact -> assertThat(fact.get("new").asBoolean()).isFalse());
    }

    private Path run(LocalDate date) throws Exception {
        Path output = dir.resolve("out/" + date);
        JobExecution execution = jobOperatorTestUtils.startJob(
                new BriefingJobParameters(date, SAMPLES, output, true, null).toJobParameters());
        assertThat(execution.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        return output;
    }

    private static List<JsonNode> stories(Path output) throws Exception {
        JsonMapper json = JsonMapper.builder().build();
        return Files.readAllLines(output.resolve("stories.jsonl")).stream().map(json::readTree).toList();
    }

    private static List<JsonNode> facts(Path output) throws Exception {
        List<JsonNode> facts = new ArrayList<>();
        for (JsonNode story : stories(output)) {
            story.get("commitments").forEach(facts::add);
            story.get("positions").forEach(facts::add);
        }
        return facts;
    }
}
