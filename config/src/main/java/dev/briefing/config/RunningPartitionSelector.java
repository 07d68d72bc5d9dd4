package dev.briefing.config;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.integration.partition.StepExecutionRequest;
import org.springframework.integration.core.GenericSelector;

/**
 * Accepts a worker's partition request only while the run it belongs to is running and no worker has
 * started the partition yet. A request can outlive its run: the manager gave up waiting (its step failed, the run
 * is restartable) while requests it had sent were still queued on the broker. A restart sends new
 * requests for the same partitions, so the stale ones must be dropped, or a partition would be
 * extracted twice at once.
 */
final class RunningPartitionSelector implements GenericSelector<StepExecutionRequest> {

    private final JobRepository jobRepository;

    RunningPartitionSelector(JobRepository jobRepository) {
        this.jobRepository = jobRepository;
    }

    @Override
    public boolean accept(StepExecutionRequest request) {
        StepExecution partition = jobRepository.getStepExecution(request.getStepExecutionId());
        if (partition == null || partition.getStatus() != BatchStatus.STARTING) {
            return false;
        }
        JobExecution run = jobRepository.getJobExecution(partition.getJobExecutionId());
        return run != null && run.isRunning() && !run.isStopping();
    }
}
