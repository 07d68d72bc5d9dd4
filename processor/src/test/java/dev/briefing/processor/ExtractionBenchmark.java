package dev.briefing.processor;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import dev.briefing.processor.attribution.Attribution;
import dev.briefing.processor.coreference.ArticleReferences;
import dev.briefing.processor.mention.ArticleMentions;
import dev.briefing.processor.mention.Mention;
import dev.briefing.processor.text.ArticleDocument;
import dev.briefing.reader.Article;
import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Throughput of the whole extraction ({@link ExtractingArticleSummarizer#standard()}) over a corpus
 * of plain-text articles, on one thread, in a JVM limited to 512 MB of heap. JMH reports the
 * {@code words} counter in words per second; the trial ends by printing the peak heap used.
 *
 * <p>{@code through} runs the layers up to and including the one named, over the same components
 * ({@link ExtractingArticleSummarizer#standardLayers()}): the cost of a layer is the time per word
 * of its run less that of the run before it. {@code summary} is the whole summarizer, as the batch
 * runs it. The text layer tags only the sentences later layers ask about, so part of the tagging
 * is counted in the layer that first reads a sentence.
 *
 * <p>The corpus is {@code -Dbriefing.benchmark.corpus} (the README's command points it at
 * {@code ../shared/corpus/bbc-politics}). Run it with the README's benchmark command, never as a test.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 5, time = 5)
@Fork(value = 1, jvmArgsAppend = "-Xmx512m")
@Threads(1)
public class ExtractionBenchmark {

    private static final Pattern WORD = Pattern.compile("\\S+");

    /** The last layer run: text, mentions, references, attributions, commitments, or summary (all). */
    @Param({"text", "mentions", "references", "attributions", "commitments", "summary"})
    public String through;

    private ExtractingArticleSummarizer summarizer;

    private ExtractingArticleSummarizer.Layers layers;

    private List<Article> articles;

    private long words;

    /** Words extracted, reported by JMH as a rate. */
    @AuxCounters(AuxCounters.Type.OPERATIONS)
    @State(Scope.Thread)
    public static class Words {

        public long words;
    }

    @Setup(Level.Trial)
    public void load() throws IOException {
        Path corpus = Path.of(System.getProperty("briefing.benchmark.corpus", "../shared/corpus/bbc-politics"));
        articles = new ArrayList<>();
        try (Stream<Path> files = Files.list(corpus)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
                String name = file.getFileName().toString();
                String text = Files.readString(file);
                articles.add(new Article(Article.idOf(name), name, "", text, "text/plain"));
                words += WORD.matcher(text).results().count();
            }
        }
        if (articles.isEmpty()) {
            throw new IllegalStateException("no .txt articles in " + corpus.toAbsolutePath());
        }
        layers = ExtractingArticleSummarizer.standardLayers();
        summarizer = new ExtractingArticleSummarizer(layers);
        System.out.printf("%n%d articles, %d words%n", articles.size(), words);
    }

    @Benchmark
    public void extractCorpus(Words counter, Blackhole blackhole) {
        for (Article article : articles) {
            blackhole.consume("summary".equals(through) ? summarizer.summarize(article) : layersThrough(article));
        }
        counter.words += words;
    }

    /** What the layers up to {@link #through} find in the article, without the summary. */
    private Object layersThrough(Article article) {
        ArticleMetadata meta = layers.metadata().extract(article.text());
        ArticleDocument document = layers.analyzer().analyze(article.text(), meta);
        if ("text".equals(through)) {
            return document;
        }
        List<Mention> named = new ArrayList<>(layers.countries().extract(document));
        List<Mention> countries = List.copyOf(named);
        List<Mention> organizations = layers.organizations().extract(document);
        named.addAll(organizations);
        named.addAll(layers.people().extract(document, countries, organizations));
        named.addAll(layers.sources().extract(document, new ArticleMentions(named)));
        ArticleMentions mentions = new ArticleMentions(named);
        if ("mentions".equals(through)) {
            return mentions;
        }
        ArticleReferences references = layers.references().resolve(document, mentions);
        if ("references".equals(through)) {
            return references;
        }
        List<Attribution> attributions = layers.attributions().extract(document, references);
        if ("attributions".equals(through)) {
            return attributions;
        }
        return layers.commitments().extract(document, references, attributions);
    }

    @TearDown(Level.Trial)
    public void reportPeakHeap() {
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        System.out.printf("%npeak heap used: %d MB (max %d MB)%n", peak >> 20,
                Runtime.getRuntime().maxMemory() >> 20);
    }
}
