package dev.briefing.processor;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import dev.briefing.processor.position.PositionExtractor;
import dev.briefing.processor.summary.ArticleKind;
import dev.briefing.processor.summary.ArticleSummary;
import dev.briefing.processor.summary.Person;
import dev.briefing.processor.summary.Position;
import dev.briefing.reader.Article;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

class ExtractingArticleSummarizerTests {

    private static final List<String> FIXTURES = List.of("people-with-titles.txt", "positions-in-a-report.txt",
            "commitments-of-a-government.txt", "editorial-judgements.txt", "furniture-and-comments.txt");

    private final ExtractingArticleSummarizer summarizer = ExtractingArticleSummarizer.standard();

    private static Article article(String fixture) {
        return new Article(Article.idOf(fixture), fixture, "0".repeat(64), Fixtures.text(fixture), "text/plain");
    }

    @Test
    void summarisesEveryKindOfFactWithOffsetsIntoTheTextAsRead() {
        Article article = article("positions-in-a-report.txt");
        ArticleSummary summary = summarizer.summarize(article);

        assertThat(summary.people()).extracting(Person::name).containsExactly("Grace Wanjiru", "Tomas Keller");
        assertThat(summary.countries()).extracting(c -> c.code()).contains("SD", "ET", "EG", "KE");
        assertThat(summary.positions()).isNotEmpty().allSatisfy((Position position) -> assertThat(
                article.text().substring(position.start(), position.end())).isEqualTo(position.sentence()));
        assertThat(summary.commitments()).singleElement()
                .satisfies(commitment -> assertThat(commitment.action()).isEqualTo("host the next round"));
    }

    @Test
    void readsMetadataAndIgnoresPageFurniture() {
        ArticleSummary summary = summarizer.summarize(article("people-with-titles.txt"));
        ArticleSummary editorial = summarizer.summarize(article("editorial-judgements.txt"));

        assertThat(summary.people()).extracting(Person::name).doesNotContain("Hugo Vance");
        assertThat(summary.countries()).extracting(c -> c.code()).doesNotContain("PE");
        assertThat(editorial.kind()).isEqualTo(ArticleKind.EDITORIAL);
        assertThat(editorial.source()).isEqualTo("The Harbour Times");
    }

    @Test
    void summarisesAnArticleWithoutTheFindingsOfALayerThatFailsAndLogsWhere() {
        ExtractingArticleSummarizer.Layers standard = ExtractingArticleSummarizer.standardLayers();
        PositionExtractor failing = (document, references, attributions, committed) -> {
            document.sentence(1);
            throw new IllegalStateException("a bug in the position layer");
        };
        ExtractingArticleSummarizer broken = new ExtractingArticleSummarizer(new ExtractingArticleSummarizer.Layers(
                standard.metadata(), standard.analyzer(), standard.countries(), standard.organizations(),
                standard.people(), standard.sources(), standard.references(), standard.attributions(),
                standard.voice(), standard.commitments(), failing));
        Logger log = (Logger) LoggerFactory.getLogger(ExtractingArticleSummarizer.class);
        ListAppender<ILoggingEvent> appender = new ListAppender<>();
        appender.start();
        log.addAppender(appender);
        try {
            Article article = article("positions-in-a-report.txt");
            ArticleSummary summary = broken.summarize(article);
            int secondSentence = article.text().indexOf("President");

            assertThat(summary.skipped()).isNull();
            assertThat(summary.positions()).isEmpty();
            assertThat(summary.people()).isNotEmpty();
            assertThat(appender.list).singleElement().satisfies(event -> assertThat(event.getFormattedMessage())
                    .contains("positions layer", "positions-in-a-report.txt", "offset " + secondSentence));
        }
        finally {
            log.detachAppender(appender);
        }
    }

    @Test
    void givesTheSameSummariesWhenOneInstanceServesSeveralThreads() throws Exception {
        List<ArticleSummary> sequential = FIXTURES.stream().map(f -> summarizer.summarize(article(f))).toList();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<List<ArticleSummary>>> runs = new ArrayList<>();
            for (int run = 0; run < 8; run++) {
                runs.add(pool.submit(() -> FIXTURES.stream().map(f -> summarizer.summarize(article(f))).toList()));
            }
            for (Future<List<ArticleSummary>> run : runs) {
                assertThat(run.get()).isEqualTo(sequential);
            }
        }
        finally {
            pool.shutdownNow();
        }
    }
}
