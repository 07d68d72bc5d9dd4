package dev.briefing.app;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import dev.briefing.config.BriefingJobConfiguration;
import dev.briefing.config.BriefingJobParameters;
import dev.briefing.config.RunCounts;
import org.jspecify.annotations.Nullable;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.step.StepExecution;

/**
 * One execution of the briefing job as the command line reports it.
 *
 * @param id       the execution id, as {@code restart} takes it
 * @param date     the run date
 * @param input    the input directory
 * @param output   the output directory
 * @param status   the batch status
 * @param start    when it started, or null
 * @param end      when it ended, or null while it runs
 * @param read     inputs the extraction step read in this execution (or run), skipped ones included
 * @param skipped  inputs it skipped
 * @param prior    articles it left out because an earlier completed run briefed their content
 * @param written  summaries it staged
 * @param failure  the root failure message, or null
 */
record RunSummary(long id, @Nullable LocalDate date, @Nullable String input, @Nullable String output,
        BatchStatus status, @Nullable LocalDateTime start, @Nullable LocalDateTime end, long read, long skipped,
        long prior, long written, @Nullable String failure) {

    private static final String PARTITION = BriefingJobConfiguration.EXTRACT_PARTITION_STEP + ":";

    /**
     * The execution's counts, added up over its partitions: each commits its counts with every chunk,
     * while the extraction step adds them up only when it ends, so an execution killed mid-run would
     * show none of the chunks it committed.
     */
    static RunSummary of(JobExecution execution) {
        long read = 0;
        long skipped = 0;
        long prior = 0;
        long written = 0;
        for (StepExecution step : execution.getStepExecutions()) {
            if (step.getStepName().startsWith(PARTITION)) {
                skipped += step.getReadSkipCount() + step.getProcessSkipCount();
                read += step.getReadCount() + step.getReadSkipCount();
                prior += step.getFilterCount();
                written += step.getWriteCount();
            }
        }
        // copies the duplicates step found after the extraction are skipped inputs, not summaries
        long duplicates = RunCounts.duplicates(execution);
        skipped += duplicates;
        written -= duplicates;
        var parameters = execution.getJobParameters();
        return new RunSummary(execution.getId(), parameters.getLocalDate(BriefingJobParameters.DATE),
                parameters.getString(BriefingJobParameters.INPUT), parameters.getString(BriefingJobParameters.OUTPUT),
                execution.getStatus(), execution.getStartTime(), execution.getEndTime(), read, skipped, prior, written,
                FailureReason.of(execution).orElse(null));
    }

    /**
     * The run an execution belongs to, as its outcome line tells it: this execution's id, status and
     * times with the counts of all the run's executions, so that a restart that finished the run
     * counts what the run read, not only what it read itself.
     */
    static RunSummary ofRun(JobExecution last, List<JobExecution> executions) {
        RunSummary summary = of(last);
        for (JobExecution execution : executions) {
            if (execution.getId() != last.getId()) {
                RunSummary earlier = of(execution);
                summary = new RunSummary(summary.id, summary.date, summary.input, summary.output, summary.status,
                        summary.start, summary.end, summary.read + earlier.read, summary.skipped + earlier.skipped,
                        summary.prior + earlier.prior, summary.written + earlier.written, summary.failure);
            }
        }
        return summary;
    }

    /** Seconds between start and end, or null while running. */
    @Nullable Duration duration() {
        return start == null || end == null ? null : Duration.between(start, end);
    }
}
