package dev.briefing.app;

import java.util.Comparator;
import java.util.List;

import dev.briefing.config.BriefingJobConfiguration;
import dev.briefing.config.BriefingJobParameters;
import org.jspecify.annotations.Nullable;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.job.parameters.InvalidJobParametersException;
import org.springframework.batch.core.launch.JobExecutionAlreadyRunningException;
import org.springframework.batch.core.launch.JobInstanceAlreadyCompleteException;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.launch.JobRestartException;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.stereotype.Component;

/**
 * Runs, restarts and lists briefing runs through Spring Batch's {@link JobOperator} and
 * {@link JobRepository}. Runs are synchronous: each call returns when the execution has ended.
 */
@Component
class BriefingRuns {

    private final JobOperator jobOperator;

    private final JobRepository jobRepository;

    private final Job briefingJob;

    BriefingRuns(JobOperator jobOperator, JobRepository jobRepository, Job briefingJob) {
        this.jobOperator = jobOperator;
        this.jobRepository = jobRepository;
        this.briefingJob = briefingJob;
    }

    /** Briefs the input directory for the date, and waits for the run to end. */
    JobExecution run(BriefingJobParameters parameters) {
        try {
            return jobOperator.start(briefingJob, parameters.toJobParameters());
        }
        catch (InvalidJobParametersException ex) {
            throw new BriefingRefusedException(ex.getMessage(), ex);
        }
        catch (JobInstanceAlreadyCompleteException ex) {
            throw new BriefingRefusedException("The briefing of " + parameters.input() + " for " + parameters.date()
                    + " has already completed", ex);
        }
        catch (JobExecutionAlreadyRunningException ex) {
            throw new BriefingRefusedException("A briefing of " + parameters.input() + " for " + parameters.date()
                    + " is already running", ex);
        }
        catch (JobRestartException ex) {
            throw new BriefingRefusedException(ex.getMessage(), ex);
        }
    }

    /**
     * Restarts the given execution, or the latest failed or stopped one, and waits for it to end.
     * Completed steps are not run again; the extraction resumes after its last committed chunk.
     */
    JobExecution restart(@Nullable Long executionId) {
        JobExecution execution = executionId == null ? latestRestartable() : execution(executionId);
        if (execution.getStatus() != BatchStatus.FAILED && execution.getStatus() != BatchStatus.STOPPED) {
            throw new BriefingRefusedException("Execution " + execution.getId() + " is " + execution.getStatus()
                    + ": only a failed or stopped run can be restarted");
        }
        try {
            return jobOperator.restart(execution);
        }
        catch (JobRestartException ex) {
            throw new BriefingRefusedException("Execution " + execution.getId() + " cannot be restarted: "
                    + OneLineErrorHandler.rootMessage(ex), ex);
        }
    }

    /** The most recent executions, newest first. */
    List<RunSummary> recent(int count) {
        return jobRepository.getJobInstances(BriefingJobConfiguration.JOB_NAME, 0, count).stream()
                .map(jobRepository::getJobExecutions)
                .flatMap(List::stream)
                .sorted(Comparator.comparingLong(JobExecution::getId).reversed())
                .limit(count)
                .map(e -> RunSummary.of(execution(e.getId())))
                .toList();
    }

    private JobExecution execution(long id) {
        JobExecution execution = jobRepository.getJobExecution(id);
        if (execution == null) {
            throw new BriefingRefusedException("There is no execution " + id + " (see briefing status)");
        }
        return execution;
    }

    private JobExecution latestRestartable() {
        for (JobInstance instance : jobRepository.getJobInstances(BriefingJobConfiguration.JOB_NAME, 0, 100)) {
            JobExecution last = jobRepository.getLastJobExecution(instance);
            if (last != null && (last.getStatus() == BatchStatus.FAILED || last.getStatus() == BatchStatus.STOPPED)) {
                return execution(last.getId());
            }
        }
        throw new BriefingRefusedException("There is no failed or stopped briefing run to restart");
    }
}
