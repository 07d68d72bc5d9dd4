package dev.briefing.processor.story;

import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.briefing.processor.summary.ArticleSummary;
import dev.briefing.reader.Article;
import org.jspecify.annotations.Nullable;

/**
 * Profiles an article from the layout of its page: the headline is its summary's title where that
 * reads as one, else the first headline-like line above the first paragraph of prose; the lead is the first one or two
 * sentences of the first prose paragraph (captions, credits and furniture skipped, the dateline
 * taken off); the terms are the {@link #MAX_TERMS} most frequent content words of every line that
 * is not furniture, so that two pages sharing a photo agency or a "reading time" note share nothing.
 */
public class LeadStoryProfiler implements StoryProfiler {

    static final int MAX_TERMS = 80;

    /** A second sentence joins the lead while the lead stays this short. */
    static final int LEAD_CHARACTERS = 320;

    /** Lines of the page searched for a headline. */
    static final int HEADLINE_LINES = 8;

    @Override
    public StoryProfile profile(Article article, ArticleSummary summary) {
        List<PageLines.Line> lines = PageLines.of(article.text());
        String headline = headline(summary.title(), lines);
        PageLines.Line lead = lines.stream().filter(line -> PageLines.prose(line.text())).findFirst().orElse(null);
        Map<String, Integer> terms = terms(lines);
        if (lead == null) {
            return new StoryProfile(headline, null, -1, -1, terms);
        }
        String paragraph = lead.text().substring(PageLines.dateline(lead.text()));
        int start = lead.start() + lead.text().length() - paragraph.length();
        String sentences = sentences(paragraph);
        return new StoryProfile(headline, sentences, start, start + sentences.length(), terms);
    }

    /** The title where it reads as a headline, else the first headline-like line above the first prose. */
    private static @Nullable String headline(@Nullable String title, List<PageLines.Line> lines) {
        if (title != null && PageLines.headline(title) && !PageLines.prose(title)) {
            return title;
        }
        return lines.stream().limit(HEADLINE_LINES).map(PageLines.Line::text)
                .takeWhile(line -> !PageLines.prose(line)).filter(PageLines::headline).findFirst().orElse(null);
    }

    private static String sentences(String paragraph) {
        List<Sentences.Span> spans = Sentences.of(paragraph);
        int end = spans.getFirst().end();
        if (spans.size() > 1 && spans.get(1).end() <= LEAD_CHARACTERS) {
            end = spans.get(1).end();
        }
        return paragraph.substring(0, end);
    }

    private static Map<String, Integer> terms(List<PageLines.Line> lines) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        Map<String, Integer> firstSeen = new HashMap<>();
        for (PageLines.Line line : lines) {
            if (!PageLines.furniture(line.text())) {
                for (String word : ContentWords.of(line.text())) {
                    counts.merge(word, 1, Integer::sum);
                    firstSeen.putIfAbsent(word, firstSeen.size());
                }
            }
        }
        Map<String, Integer> top = new HashMap<>();
        counts.entrySet().stream()
                .sorted(Comparator.comparing((Map.Entry<String, Integer> e) -> -e.getValue())
                        .thenComparing(e -> firstSeen.get(e.getKey())))
                .limit(MAX_TERMS).forEach(e -> top.put(e.getKey(), e.getValue()));
        return top;
    }
}
