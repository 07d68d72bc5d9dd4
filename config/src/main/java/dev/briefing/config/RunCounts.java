package dev.briefing.config;

import java.time.LocalDate;

import dev.briefing.writer.PackContext;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The counts of a run as everything that reports them tells them (the console, {@code status}, the
 * pack's cover and Overview): inputs read; skipped, copies of another input among them, whether the
 * reader saw the copy or the duplicates step found it; summarised; left out as briefed before.
 *
 * @param read       inputs the extraction read, skipped and left-out ones included
 * @param skipped    inputs not summarised: unreadable, bad, or the same content as another
 * @param duplicates of those, inputs the duplicates step found to repeat another's content
 * @param leftOut    inputs left out because a completed run of an earlier date briefed their content
 * @param summarised articles summarised
 */
public record RunCounts(long read, long skipped, long duplicates, long leftOut, long summarised) {

    /** The counts of a job execution, from its extraction and duplicates steps. */
    public static RunCounts of(JobExecution execution) {
        long read = 0;
        long skipped = 0;
        long leftOut = 0;
        long written = 0;
        long duplicates = 0;
        for (StepExecution step : execution.getStepExecutions()) {
            if (step.getStepName().equals(BriefingJobConfiguration.EXTRACT_STEP)) {
                skipped = step.getReadSkipCount() + step.getProcessSkipCount();
                read = step.getReadCount() + step.getReadSkipCount();
                leftOut = step.getFilterCount();
                written = step.getWriteCount();
            }
            else if (step.getStepName().equals(BriefingJobConfiguration.DUPLICATES_STEP)) {
                duplicates = step.getWriteCount();
            }
        }
        return new RunCounts(read, skipped + duplicates, duplicates, leftOut, written - duplicates);
    }

    /** The inputs the duplicates step of a job execution found to repeat another's content. */
    public static long duplicates(JobExecution execution) {
        return execution.getStepExecutions().stream()
                .filter(step -> step.getStepName().equals(BriefingJobConfiguration.DUPLICATES_STEP))
                .mapToLong(StepExecution::getWriteCount).sum();
    }

    /** What the pack of the step's run tells of it beside its entries. */
    static PackContext packContext(JdbcTemplate jdbc, StepExecution step) {
        JobExecution execution = step.getJobExecution();
        LocalDate date = execution.getJobParameters().getLocalDate(BriefingJobParameters.DATE);
        boolean firstRun = !new FactHistory(jdbc, execution.getJobInstanceId()).earlierRunsCompleted(date);
        return new PackContext(date, firstRun, of(execution).leftOut());
    }
}
