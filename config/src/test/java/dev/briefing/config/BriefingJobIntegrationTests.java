package dev.briefing.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
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
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;

@SpringBatchTest
@DirtiesContext
@SpringBootTest(classes = BriefingTestApplication.class)
class BriefingJobIntegrationTests {

    private static final List<String> CONTRACT_FIELDS = List.of("id", "file", "sha256", "title", "source",
            "published", "kind", "dateline", "countries", "organizations", "people", "positions", "commitments",
            "skipped", "story");

    @TempDir
    static Path dir;

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        registry.add("briefing.db", () -> dir.resolve("db/briefing").toString());
    }

    @Autowired
    JobOperatorTestUtils jobOperatorTestUtils;

    @Test
    void briefsAnInboxIntoAPackThatReadsBack() throws Exception {
        Path inbox = Inboxes.inbox(dir.resolve("in"), "a.txt=minister-pledges-aid.txt", "b.txt=empty.txt",
                "c.txt=summit-ends-without-deal.txt");
        Path output = dir.resolve("out");

        JobExecution execution = jobOperatorTestUtils.startJob(
                new BriefingJobParameters(LocalDate.of(2024, 5, 7), inbox, output).toJobParameters());

        assertThat(execution.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        List<JsonNode> lines = PackFiles.summaries(output);
        assertThat(lines).as("each story's articles, then the skipped inputs")
                .extracting(line -> line.get("id").asString()).containsExactly("a", "c", "b");
        assertThat(lines).allSatisfy(line -> assertThat(line.propertyNames()).containsAll(CONTRACT_FIELDS));
        assertThat(lines.get(0).get("title").asString()).isEqualTo("Denmark pledges more aid to Ukraine");
        assertThat(lines.get(0).get("source").asString()).isEqualTo("Reuters");
        assertThat(lines.get(0).get("published").asString()).isEqualTo("2024-05-06");
        assertThat(lines.get(0).get("countries")).extracting(country -> country.get("code").asString())
                .contains("DK", "UA");
        assertThat(lines.get(2).get("skipped").get("reason").asString()).isEqualTo("empty file");
        assertThat(lines.get(2).get("story").isNull()).isTrue();
        assertThat(lines).extracting(line -> line.get("story").asString()).doesNotHaveDuplicates();
        assertThat(java.nio.file.Files.readAllLines(output.resolve("stories.jsonl"))).hasSize(2);
        assertThat(PackFiles.firstColumn(output, "Articles")).containsExactly("a", "c");
        assertThat(PackFiles.firstColumn(output, "Skipped")).containsExactly("b.txt");
        assertThat(PackFiles.pdfText(output)).contains("Denmark pledges more aid to Ukraine",
                "Summit ends without a trade deal", "Skipped inputs", "b.txt empty file");
        assertThat(PackFiles.parts(output)).isEmpty();
    }
}
