/**
 * Turning an {@link dev.briefing.reader.Article} into an
 * {@link dev.briefing.processor.summary.ArticleSummary}.
 *
 * <p>{@link dev.briefing.processor.ArticleSummarizer} is the one entry point; behind it, one small
 * interface per kind of fact (metadata, countries, ...) so that each extractor can be tested and
 * improved alone. Reference data (countries, aliases, demonyms, capitals) lives in versioned
 * resource files under {@code dev/briefing/processor/reference}, each with a note on its source.
 *
 * <p>Plain Java, free of Spring: the batch step adapts the summarizer as its item processor.
 */
@NullMarked
package dev.briefing.processor;

import org.jspecify.annotations.NullMarked;
