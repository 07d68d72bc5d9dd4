package dev.briefing.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import dev.briefing.config.StagedArticles.Row;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.test.JobOperatorTestUtils;
import org.springframework.batch.test.context.SpringBatchTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * An inbox holding every kind of bad input beside good articles, briefed end to end: each bad input
 * is skipped with its reason, recorded, listed in the pack; text in legacy encodings is read. (Both
 * runs brief all content, so neither depends on what the other briefed first.)
 */
@SpringBatchTest
@DirtiesContext
@SpringBootTest(classes = BriefingTestApplication.class)
class BadInputsIntegrationTests {

    private static final long FIFTY_MEGABYTES = 50L * 1024 * 1024;

    @TempDir
    static Path dir;

    static Path inbox;

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        registry.add("briefing.db", () -> dir.resolve("db/briefing").toString());
    }

    @Autowired
    JobOperatorTestUtils jobOperatorTestUtils;

    @Autowired
    JdbcTemplate jdbc;

    @BeforeAll
    static void inboxWithEveryBadInput() throws Exception {
        inbox = Inboxes.inbox(dir.resolve("in"), "a-good.txt=minister-pledges-aid.txt",
                "b-copy-of-a.txt=minister-pledges-aid.txt", "c-empty.txt=empty.txt",
                "d-image.txt=png-image-named-txt.txt", "e-archive.txt=zip-archive-named-txt.txt",
                "f-invalid-utf8.txt=invalid-utf8.txt", "g-utf16.txt=utf16-le-with-bom.txt",
                "h-windows-1252.txt=windows-1252.txt", "z-good.txt=summit-ends-without-deal.txt");
        try (RandomAccessFile large = new RandomAccessFile(inbox.resolve("i-fifty-megabytes.txt").toFile(), "rw")) {
            large.setLength(FIFTY_MEGABYTES);
        }
        Files.createDirectory(inbox.resolve("j-directory.txt"));
        Files.createSymbolicLink(inbox.resolve("k-loop.txt"), inbox.resolve("k-loop.txt"));
        Files.createSymbolicLink(inbox.resolve("l-vanished.txt"), inbox.resolve("deleted-since.txt"));
        Files.writeString(inbox.resolve("m-notes.docx"), "not an article format");
    }

    @Test
    void skipsEachBadInputWithItsReasonAndBriefsTheRest() throws Exception {
        Path output = dir.resolve("out");

        JobExecution execution = jobOperatorTestUtils.startJob(
                new BriefingJobParameters(LocalDate.of(2024, 6, 1), inbox, output, true, null).toJobParameters());

        assertThat(execution.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        Map<String, String> expectedReasons = Map.of(
                "b-copy-of-a.txt", "same content as a-good.txt",
                "c-empty.txt", "empty file",
                "d-image.txt", "binary content (PNG image), not text",
                "e-archive.txt", "binary content (ZIP archive or Office document), not text",
                "f-invalid-utf8.txt", "invalid UTF-8 byte 0xE2 at offset 17 (not Windows-1252 text either)",
                "i-fifty-megabytes.txt", "52,428,800 bytes, over the size limit of 10,485,760 bytes",
                "j-directory.txt", "a directory, not a file",
                "k-loop.txt", "a symbolic link loop",
                "l-vanished.txt", "a symbolic link to nothing",
                "m-notes.docx", "not an article file type (readable: .htm, .html, .txt)");
        assertThat(skipReasons(StagedArticles.of(jdbc, execution.getJobInstanceId()))).isEqualTo(expectedReasons);
        StepExecution extract = Executions.step(execution, BriefingJobConfiguration.EXTRACT_STEP);
        assertThat(extract.getReadSkipCount() + extract.getProcessSkipCount()).isEqualTo(expectedReasons.size());
        assertThat(extract.getWriteCount()).isEqualTo(4);

        List<JsonNode> lines = PackFiles.summaries(output);
        assertThat(lines).hasSize(14);
        expectedReasons.forEach((file, reason) -> assertThat(lines)
                .filteredOn(line -> line.get("file").asString().equals(file))
                .singleElement()
                .satisfies(line -> assertThat(line.get("skipped").get("reason").asString()).isEqualTo(reason)));
        assertThat(PackFiles.firstColumn(output, "Skipped")).containsExactlyInAnyOrderElementsOf(expectedReasons.keySet());
        assertThat(PackFiles.pdfText(output)).contains("k-loop.txt a symbolic link loop", "c-empty.txt empty file");
    }

    @Test
    void decodesUtf16AndWindows1252TextRatherThanSkippingIt() throws Exception {
        Path output = dir.resolve("encodings");

        jobOperatorTestUtils.startJob(
                new BriefingJobParameters(LocalDate.of(2024, 6, 2), inbox, output, true, null).toJobParameters());

        assertThat(PackFiles.summaries(output))
                .filteredOn(line -> line.get("file").asString().startsWith("g-") || line.get("file").asString().startsWith("h-"))
                .extracting(line -> line.get("title").asString())
                .containsExactly("Ministers meet in Zürich", "Talks resume in Genève");
    }

    private static Map<String, String> skipReasons(List<Row> rows) {
        return rows.stream().filter(row -> row.skipReason() != null)
                .collect(Collectors.toMap(Row::file, Row::skipReason));
    }
}
