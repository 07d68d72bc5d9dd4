package dev.briefing.writer;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import dev.briefing.processor.story.PackEntry;
import dev.briefing.processor.story.SkippedInput;
import dev.briefing.processor.story.StoryAssembler;
import dev.briefing.processor.summary.ArticleKind;
import dev.briefing.processor.summary.ArticleSummary;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemStreamWriter;

/**
 * Writes a whole pack of synthetic summaries through the three writers, chunk by chunk as the report
 * step does, so that a test can run it in a JVM with a small heap: {@code SyntheticPack DIR ARTICLES}.
 */
final class SyntheticPack {

    private static final int CHUNK = 100;

    private SyntheticPack() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[0]);
        int articles = Integer.parseInt(args[1]);
        LocalDate runDate = LocalDate.of(2024, 5, 7);
        List<ItemStreamWriter<PackEntry>> writers = List.of(
                new JsonLinesPackWriter(dir.resolve("summaries.jsonl"), dir.resolve("stories.jsonl")),
                new ExcelBriefingWriter(dir.resolve("briefing.xlsx"), runDate),
                new PdfBriefingWriter(dir.resolve("briefing.pdf"), runDate));
        for (ItemStreamWriter<PackEntry> writer : writers) {
            writer.open(new ExecutionContext());
        }
        List<PackEntry> chunk = new ArrayList<>();
        for (int i = 0; i < articles; i++) {
            chunk.add(entry(i));
            if (chunk.size() == CHUNK || i == articles - 1) {
                for (ItemStreamWriter<PackEntry> writer : writers) {
                    writer.write(new Chunk<>(chunk));
                }
                chunk.clear();
            }
        }
        for (ItemStreamWriter<PackEntry> writer : writers) {
            writer.close();
        }
    }

    /** Each article its own story, one in fifty an input skipped. */
    private static PackEntry entry(int i) {
        String id = "%06d_synthetic".formatted(i);
        if (i % 50 == 49) {
            return new SkippedInput(ArticleSummary.skipped(id, id + ".txt", null, "not valid UTF-8 at byte " + i));
        }
        ArticleSummary pledge = Summaries.pledge();
        ArticleSummary article = new ArticleSummary(id, id + ".txt", pledge.sha256(),
                "Synthetic report " + i + ": " + "a pledge of aid, ".repeat(4), "Outlet " + (i % 37),
                LocalDate.of(2024, 1, 1).plusDays(i % 120), ArticleKind.NEWS, "COPENHAGEN", pledge.countries(),
                pledge.organizations(), pledge.people(), pledge.positions(), pledge.commitments(), null, null);
        return new StoryAssembler(key -> false).assembleArticles("story-" + id, i + 1, List.of(article));
    }
}
