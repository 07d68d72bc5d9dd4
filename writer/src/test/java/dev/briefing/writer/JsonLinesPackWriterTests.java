package dev.briefing.writer;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ExecutionContext;

class JsonLinesPackWriterTests {

    @TempDir
    Path dir;

    @Test
    void writesEachArticleWithItsStoryThenTheSkippedInputs() throws Exception {
        write();

        List<String> lines = Files.readAllLines(dir.resolve("summaries.jsonl"));
        assertThat(lines).hasSize(3);
        assertThat(lines.get(0)).startsWith("{\"id\":\"001_pledge\"").contains("\"story\":\"story-001_pledge\"");
        assertThat(lines.get(1)).startsWith("{\"id\":\"003_report\"").contains("\"story\":\"story-001_pledge\"");
        assertThat(lines.get(2)).startsWith("{\"id\":\"002_empty\"").contains("\"story\":null",
                "\"skipped\":{\"reason\":\"empty file\"}");
    }

    @Test
    void writesOneLinePerStoryWithItsMergedFactsAndTheirSources() throws Exception {
        write();

        List<String> lines = Files.readAllLines(dir.resolve("stories.jsonl"));
        assertThat(lines).singleElement().asString()
                .startsWith("{\"id\":\"story-001_pledge\",\"rank\":1,\"headline\":\"Denmark pledges aid\"")
                .contains("\"first\":\"2024-05-06\",\"last\":\"2024-05-07\"",
                        "\"articles\":[\"001_pledge\",\"003_report\"]", "\"outlets\":[\"Nordic Wire\",\"Baltic Post\"]",
                        "\"action\":\"give ¥195 billion to Ukraine\"",
                        "\"sources\":[{\"article\":\"001_pledge\",\"outlet\":\"Nordic Wire\",\"sentence\":"
                                + "\"Østergård said Denmark would give ¥195 billion “without delay” – by 2026.\",\"start\":0,"
                                + "\"end\":73,\"wording\":\"give ¥195 billion to Ukraine\"},"
                                + "{\"article\":\"003_report\",\"outlet\":\"Baltic Post\"",
                        "\"corroborated\":true",
                        "\"new\":true");
    }

    @Test
    void startsBothFilesAfreshWhenOpenedAgain() throws Exception {
        write();
        write();

        assertThat(Files.readAllLines(dir.resolve("summaries.jsonl"))).hasSize(3);
        assertThat(Files.readAllLines(dir.resolve("stories.jsonl"))).hasSize(1);
    }

    private void write() throws Exception {
        JsonLinesPackWriter writer = new JsonLinesPackWriter(dir.resolve("summaries.jsonl"),
                dir.resolve("stories.jsonl"));
        writer.open(new ExecutionContext());
        writer.write(new Chunk<>(Summaries.entries()));
        writer.close();
    }
}
