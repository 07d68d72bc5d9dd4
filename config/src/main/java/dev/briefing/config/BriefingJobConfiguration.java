package dev.briefing.config;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import javax.sql.DataSource;

import dev.briefing.processor.ArticleProcessingException;
import dev.briefing.processor.ArticleSummarizer;
import dev.briefing.processor.ExtractingArticleSummarizer;
import dev.briefing.processor.story.PackEntry;
import dev.briefing.processor.story.AnalystStoryRanker;
import dev.briefing.processor.story.LeadStoryProfiler;
import dev.briefing.processor.story.TfIdfStoryGrouper;
import dev.briefing.processor.summary.ArticleSummary;
import dev.briefing.reader.Article;
import dev.briefing.reader.ArticleDirectoryReader;
import dev.briefing.reader.ArticleReadException;
import dev.briefing.writer.AtomicPackPublisher;
import dev.briefing.writer.ExcelBriefingWriter;
import dev.briefing.writer.JsonLinesPackWriter;
import dev.briefing.writer.PdfBriefingWriter;
import org.springframework.batch.core.configuration.annotation.JobScope;
import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.listener.ChunkListener;
import org.springframework.batch.core.listener.JobExecutionListener;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.infrastructure.item.ItemProcessor;
import org.springframework.batch.infrastructure.item.database.JdbcBatchItemWriter;
import org.springframework.batch.infrastructure.item.database.builder.JdbcBatchItemWriterBuilder;
import org.springframework.batch.infrastructure.item.support.CompositeItemProcessor;
import org.springframework.batch.infrastructure.item.support.CompositeItemWriter;
import org.springframework.batch.infrastructure.item.support.builder.CompositeItemProcessorBuilder;
import org.springframework.batch.infrastructure.item.support.builder.CompositeItemWriterBuilder;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.task.SimpleAsyncTaskExecutor;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The {@code briefingJob}: extract every article of the input directory into staged summaries, write
 * the pack from them under temporary names, then publish the pack.
 *
 * <ol>
 *   <li>{@code extractStep}: partitions the input directory into ranges of file names and runs
 *       {@code extractPartitionStep} on each side by side, one per core by default. Each partition is
 *       chunk-oriented and restartable after its last committed chunk; unreadable inputs and articles
 *       an extractor trips on are skipped and recorded. With remote workers, {@link
 *       RemotePartitioningConfiguration} defines this step instead, sending the partitions to them.</li>
 *   <li>{@code duplicatesStep}: keeps each content once, across partitions and restarts.</li>
 *   <li>{@code storyStep}: groups the summarised articles into stories across outlets and records the
 *       facts they report, from which later runs tell what is new.</li>
 *   <li>{@code reportStep}: reads the run's stories, most reported first, then its skipped inputs, and
 *       writes {@code summaries.jsonl}, {@code stories.jsonl}, {@code briefing.xlsx} and
 *       {@code briefing.pdf}; a restart rewrites them from the start.</li>
 *   <li>{@code publishStep}: moves the four files into place.</li>
 * </ol>
 */
@Configuration(proxyBeanMethods = false)
public class BriefingJobConfiguration {

    /** The files of a briefing pack, as published in the output directory. */
    public static final List<String> PACK_FILES = List.of("summaries.jsonl", "stories.jsonl", "briefing.xlsx",
            "briefing.pdf");

    public static final String JOB_NAME = "briefingJob";

    public static final String EXTRACT_STEP = "extractStep";

    public static final String EXTRACT_PARTITION_STEP = "extractPartitionStep";

    public static final String DUPLICATES_STEP = "duplicatesStep";

    @Bean
    Job briefingJob(JobRepository jobRepository, Step extractStep, Step duplicatesStep, Step storyStep,
            Step reportStep, Step publishStep, RunningBriefings runningBriefings, AtomicPackPublisher packPublisher) {
        return new JobBuilder(JOB_NAME, jobRepository)
                .validator(new BriefingJobParametersValidator())
                .listener(new RunOwnerListener(jobRepository))
                .listener(runningBriefings)
                .listener((JobExecutionListener) new PackLeftoversListener(packPublisher, PACK_FILES))
                .start(extractStep)
                .next(duplicatesStep)
                .next(storyStep)
                .next(reportStep)
                .next(publishStep)
                .build();
    }

    @Bean
    RunningBriefings runningBriefings() {
        return new RunningBriefings();
    }

    @Bean
    @ConditionalOnExpression("${briefing.remote.workers:0} == 0 or '${briefing.remote.broker:}' == ''")
    Step extractStep(JobRepository jobRepository, Step extractPartitionStep,
            ArticleRangePartitioner articleRangePartitioner, BriefingProperties properties) {
        return new StepBuilder(EXTRACT_STEP, jobRepository)
                .partitioner(EXTRACT_PARTITION_STEP, articleRangePartitioner)
                .step(extractPartitionStep)
                .gridSize(properties.partitionCount())
                .taskExecutor(new SimpleAsyncTaskExecutor("extract-"))
                .build();
    }

    @Bean
    @StepScope
    ArticleRangePartitioner articleRangePartitioner(@Value("#{jobParameters['input']}") String input,
            BriefingProperties properties) {
        return new ArticleRangePartitioner(Path.of(input), properties.partitionMinimum());
    }

    @Bean
    Step extractPartitionStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
            ArticleDirectoryReader articleReader, CompositeItemProcessor<Article, StagedArticle> extractionProcessor,
            JdbcBatchItemWriter<StagedArticle> stagedSummaryWriter, SkippedInputRecorder skippedInputRecorder,
            ExtractionProgressListener extractionProgressListener, BriefingProperties properties) {
        return new StepBuilder(EXTRACT_PARTITION_STEP, jobRepository)
                .<Article, StagedArticle>chunk(properties.chunkSize())
                .transactionManager(transactionManager)
                .reader(articleReader)
                .processor(extractionProcessor)
                .writer(stagedSummaryWriter)
                .listener((StepExecutionListener) extractionProgressListener)
                .listener((ChunkListener<Article, ArticleSummary>) extractionProgressListener)
                .faultTolerant()
                .skip(ArticleReadException.class, ArticleProcessingException.class)
                .skipLimit(properties.skipLimit())
                .skipListener(skippedInputRecorder)
                .build();
    }

    @Bean
    ExtractionProgress extractionProgress() {
        return new ExtractionProgress();
    }

    @Bean
    @StepScope
    ExtractionProgressListener extractionProgressListener(ExtractionProgress extractionProgress) {
        return new ExtractionProgressListener(extractionProgress);
    }

    @Bean
    Step duplicatesStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
            DuplicateContentTasklet duplicateContentTasklet) {
        return new StepBuilder(DUPLICATES_STEP, jobRepository)
                .tasklet(duplicateContentTasklet, transactionManager)
                .build();
    }

    @Bean
    @StepScope
    DuplicateContentTasklet duplicateContentTasklet(DataSource dataSource,
            @Value("#{stepExecution.jobExecution.jobInstanceId}") long jobInstanceId) {
        return new DuplicateContentTasklet(new JdbcTemplate(dataSource), jobInstanceId);
    }

    @Bean
    Step storyStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
            StoryGroupingTasklet storyGroupingTasklet) {
        return new StepBuilder("storyStep", jobRepository)
                .tasklet(storyGroupingTasklet, transactionManager)
                .build();
    }

    @Bean
    @StepScope
    StoryGroupingTasklet storyGroupingTasklet(DataSource dataSource,
            @Value("#{stepExecution.jobExecution.jobInstanceId}") long jobInstanceId,
            @Value("#{jobParameters['date']}") LocalDate date) {
        return new StoryGroupingTasklet(new JdbcTemplate(dataSource), jobInstanceId, date, new TfIdfStoryGrouper(),
                new AnalystStoryRanker());
    }

    @Bean
    Step reportStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
            StagedPackReader stagedPackReader, CompositeItemWriter<PackEntry> packWriter,
            AtomicPackPublisher packPublisher, BriefingProperties properties) {
        return new StepBuilder(PackLeftoversListener.REPORT_STEP, jobRepository)
                .<PackEntry, PackEntry>chunk(properties.chunkSize())
                .transactionManager(transactionManager)
                .reader(stagedPackReader)
                .writer(packWriter)
                .listener((StepExecutionListener) new PackLeftoversListener(packPublisher, PACK_FILES))
                .build();
    }

    @Bean
    Step publishStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
            AtomicPackPublisher packPublisher) {
        return new StepBuilder("publishStep", jobRepository)
                .tasklet(new PublishPackTasklet(packPublisher, PACK_FILES), transactionManager)
                .build();
    }

    @Bean
    @StepScope
    ArticleDirectoryReader articleReader(@Value("#{jobParameters['input']}") String input,
            @Value("#{stepExecutionContext['" + ArticleRangePartitioner.FIRST + "']}") String first,
            @Value("#{stepExecutionContext['" + ArticleRangePartitioner.LAST + "']}") String last,
            BriefingProperties properties) {
        return new ArticleDirectoryReader(Path.of(input), ArticleDirectoryReader.defaultDecoders(),
                properties.maxFileSize().toBytes(), first, last);
    }

    @Bean
    ArticleSummarizer articleSummarizer() {
        return ExtractingArticleSummarizer.standard();
    }

    @Bean
    @StepScope
    BriefedContentFilter briefedContentFilter(DataSource dataSource,
            @Value("#{stepExecution.jobParameters}") JobParameters jobParameters) {
        return new BriefedContentFilter(new JdbcTemplate(dataSource), BriefingJobParameters.of(jobParameters));
    }

    @Bean
    @StepScope
    CompositeItemProcessor<Article, StagedArticle> extractionProcessor(BriefedContentFilter briefedContentFilter,
            ArticleSummarizer articleSummarizer, BriefingProperties properties) {
        return new CompositeItemProcessorBuilder<Article, StagedArticle>()
                .delegates(briefedContentFilter, new ArticleLengthLimiter(properties.maxArticleChars()),
                        new ArticleStager(articleSummarizer, new LeadStoryProfiler()))
                .build();
    }

    @Bean
    SummaryStagingTable summaryStagingTable() {
        return new SummaryStagingTable();
    }

    @Bean
    @StepScope
    JdbcBatchItemWriter<StagedArticle> stagedSummaryWriter(DataSource dataSource, SummaryStagingTable table,
            @Value("#{stepExecution.jobExecution.jobInstanceId}") long jobInstanceId) {
        return new JdbcBatchItemWriterBuilder<StagedArticle>()
                .dataSource(dataSource)
                .sql(SummaryStagingTable.INSERT)
                .itemSqlParameterSourceProvider(staged -> table.parameters(jobInstanceId, staged))
                .assertUpdates(true)
                .build();
    }

    @Bean
    @StepScope
    SkippedInputRecorder skippedInputRecorder(DataSource dataSource, SummaryStagingTable table,
            @Value("#{stepExecution.jobExecution.jobInstanceId}") long jobInstanceId) {
        return new SkippedInputRecorder(new NamedParameterJdbcTemplate(dataSource), table, jobInstanceId);
    }

    @Bean
    @StepScope
    StagedPackReader stagedPackReader(DataSource dataSource,
            @Value("#{stepExecution.jobExecution.jobInstanceId}") long jobInstanceId,
            @Value("#{jobParameters['date']}") LocalDate date) {
        return new StagedPackReader(dataSource, jobInstanceId, date);
    }

    @Bean
    @JobScope
    AtomicPackPublisher packPublisher(@Value("#{jobParameters['output']}") String output,
            @Value("#{jobParameters['date']}") LocalDate date) {
        return new AtomicPackPublisher(Path.of(output), date.toString());
    }

    @Bean
    @StepScope
    CompositeItemWriter<PackEntry> packWriter(JsonLinesPackWriter jsonLinesPackWriter,
            ExcelBriefingWriter excelBriefingWriter, PdfBriefingWriter pdfBriefingWriter) {
        return new CompositeItemWriterBuilder<PackEntry>()
                .delegates(jsonLinesPackWriter, excelBriefingWriter, pdfBriefingWriter)
                .build();
    }

    @Bean
    @StepScope
    JsonLinesPackWriter jsonLinesPackWriter(AtomicPackPublisher packPublisher) {
        return new JsonLinesPackWriter(packPublisher.partOf("summaries.jsonl"), packPublisher.partOf("stories.jsonl"));
    }

    @Bean
    @StepScope
    ExcelBriefingWriter excelBriefingWriter(AtomicPackPublisher packPublisher, DataSource dataSource,
            @Value("#{stepExecution}") StepExecution stepExecution) {
        return new ExcelBriefingWriter(packPublisher.partOf("briefing.xlsx"),
                RunCounts.packContext(new JdbcTemplate(dataSource), stepExecution), packPublisher.temporaryDirectory());
    }

    @Bean
    @StepScope
    PdfBriefingWriter pdfBriefingWriter(AtomicPackPublisher packPublisher, DataSource dataSource,
            @Value("#{stepExecution}") StepExecution stepExecution) {
        return new PdfBriefingWriter(packPublisher.partOf("briefing.pdf"),
                RunCounts.packContext(new JdbcTemplate(dataSource), stepExecution));
    }
}
