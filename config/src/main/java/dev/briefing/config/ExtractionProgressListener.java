package dev.briefing.config;

import java.time.Duration;

import dev.briefing.processor.summary.ArticleSummary;
import dev.briefing.reader.Article;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.listener.ChunkListener;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.Chunk;

/**
 * Tells how a partition of the extraction goes: a line in the log at most every
 * {@link #LOG_EVERY} and when it ends (articles done of its range, rate, time left), and the
 * figures for the process's {@link ExtractionProgress}. One per partition (step scope).
 */
class ExtractionProgressListener implements StepExecutionListener, ChunkListener<Article, ArticleSummary> {

    private static final Logger log = LoggerFactory.getLogger(ExtractionProgressListener.class);

    static final Duration LOG_EVERY = Duration.ofSeconds(30);

    private final ExtractionProgress progress;

    private @Nullable StepExecution partition;

    private long total;

    private long startNanos;

    private long lastLogNanos;

    ExtractionProgressListener(ExtractionProgress progress) {
        this.progress = progress;
    }

    @Override
    public void beforeStep(StepExecution stepExecution) {
        partition = stepExecution;
        total = stepExecution.getExecutionContext().getLong(ArticleRangePartitioner.SIZE, 0L);
        startNanos = System.nanoTime();
        lastLogNanos = startNanos;
        progress.started(stepExecution.getStepName(), total);
    }

    @Override
    public void afterChunk(Chunk<ArticleSummary> chunk) {
        StepExecution step = partition;
        if (step == null) {
            return;
        }
        progress.advanced(step.getStepName(), done(step));
        long now = System.nanoTime();
        if (now - lastLogNanos >= LOG_EVERY.toNanos()) {
            lastLogNanos = now;
            log.info("{}: {}", step.getStepName(), describe(step, now));
        }
    }

    @Override
    public @Nullable ExitStatus afterStep(StepExecution stepExecution) {
        progress.advanced(stepExecution.getStepName(), done(stepExecution));
        log.info("{} {}: {}", stepExecution.getStepName(), stepExecution.getStatus(),
                describe(stepExecution, System.nanoTime()));
        return null;
    }

    private String describe(StepExecution step, long now) {
        long done = done(step);
        Duration elapsed = Duration.ofNanos(now - startNanos);
        double rate = elapsed.toMillis() == 0 ? 0 : done * 1000.0 / elapsed.toMillis();
        Duration left = rate == 0 || done >= total ? null : Duration.ofSeconds((long) ((total - done) / rate));
        return ExtractionProgress.describe(done, total, rate, left);
    }

    /** Articles this execution of the partition read so far (a restart counts from where it resumed). */
    private static long done(StepExecution step) {
        return step.getReadCount() + step.getReadSkipCount();
    }
}
