package dev.briefing.writer;

import dev.briefing.processor.summary.ArticleSummary;
import org.springframework.batch.infrastructure.item.file.transform.LineAggregator;

/** Turns a summary into one line of {@code summaries.jsonl}, for a {@code FlatFileItemWriter}. */
public class JsonLineSummaryAggregator implements LineAggregator<ArticleSummary> {

    private final JsonSummaryMapper mapper = new JsonSummaryMapper();

    @Override
    public String aggregate(ArticleSummary item) {
        return mapper.toJson(item);
    }
}
