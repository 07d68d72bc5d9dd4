package dev.briefing.writer;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;

import dev.briefing.processor.story.PackEntry;
import dev.briefing.processor.story.SkippedInput;
import dev.briefing.processor.story.Story;
import dev.briefing.processor.summary.ArticleSummary;
import org.jspecify.annotations.Nullable;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemStreamException;
import org.springframework.batch.infrastructure.item.ItemStreamWriter;

/**
 * Writes {@code summaries.jsonl} (one line per input: each story's articles, then the skipped
 * inputs) and {@code stories.jsonl} (one line per story), in the order the entries come.
 *
 * <p>Not restartable mid-file: {@link #open} starts both files afresh.
 */
public class JsonLinesPackWriter implements ItemStreamWriter<PackEntry> {

    private final Path summaries;

    private final Path stories;

    private final JsonSummaryMapper mapper = new JsonSummaryMapper();

    private @Nullable BufferedWriter summaryLines;

    private @Nullable BufferedWriter storyLines;

    public JsonLinesPackWriter(Path summaries, Path stories) {
        this.summaries = Objects.requireNonNull(summaries, "summaries");
        this.stories = Objects.requireNonNull(stories, "stories");
    }

    @Override
    public void open(ExecutionContext executionContext) {
        try {
            summaryLines = Files.newBufferedWriter(summaries, StandardCharsets.UTF_8);
            storyLines = Files.newBufferedWriter(stories, StandardCharsets.UTF_8);
        }
        catch (IOException ex) {
            close();
            throw new ItemStreamException("Cannot open " + summaries + " or " + stories + ": " + ex.getMessage(), ex);
        }
    }

    @Override
    public void write(Chunk<? extends PackEntry> chunk) throws IOException {
        BufferedWriter summaryOut = Objects.requireNonNull(summaryLines, "not open");
        BufferedWriter storyOut = Objects.requireNonNull(storyLines, "not open");
        for (PackEntry entry : chunk) {
            switch (entry) {
                case Story story -> {
                    for (ArticleSummary article : story.articles()) {
                        line(summaryOut, mapper.toJson(article));
                    }
                    line(storyOut, mapper.toJson((Object) StoryLine.of(story)));
                }
                case SkippedInput skipped -> line(summaryOut, mapper.toJson(skipped.summary()));
            }
        }
        summaryOut.flush();
        storyOut.flush();
    }

    private static void line(BufferedWriter out, String json) throws IOException {
        out.write(json);
        out.write('\n');
    }

    @Override
    public void close() {
        try {
            closeQuietly(summaryLines);
            closeQuietly(storyLines);
        }
        finally {
            summaryLines = null;
            storyLines = null;
        }
    }

    private void closeQuietly(@Nullable BufferedWriter out) {
        if (out == null) {
            return;
        }
        try {
            out.close();
        }
        catch (IOException ex) {
            throw new ItemStreamException("Cannot close " + summaries + ": " + ex.getMessage(), ex);
        }
    }
}
