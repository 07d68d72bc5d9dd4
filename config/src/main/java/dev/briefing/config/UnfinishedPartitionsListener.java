package dev.briefing.config;

import java.time.LocalDateTime;

import org.jspecify.annotations.Nullable;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;

/**
 * When a manager step ends without all its partitions, marks the partitions no worker finished as
 * FAILED. A worker that died leaves its partition STARTED for ever, and Spring Batch refuses to
 * restart a run while one of its steps is running; failed, the partition is run again on restart,
 * from its last committed chunk. A worker that was only slow finds its partition failed at its next
 * commit (the repository's optimistic locking) and stops, so a partition never runs twice at once.
 */
final class UnfinishedPartitionsListener implements StepExecutionListener {

    private final JobRepository jobRepository;

    UnfinishedPartitionsListener(JobRepository jobRepository) {
        this.jobRepository = jobRepository;
    }

    @Override
    public @Nullable ExitStatus afterStep(StepExecution manager) {
        if (manager.getStatus() == BatchStatus.COMPLETED) {
            return null;
        }
        JobExecution run = jobRepository.getJobExecution(manager.getJobExecutionId());
        for (StepExecution partition : run.getStepExecutions()) {
            if (partition.getId() != manager.getId() && partition.getStatus().isRunning()) {
                partition.setStatus(BatchStatus.FAILED);
                partition.setExitStatus(ExitStatus.FAILED.addExitDescription(
                        "no worker finished this partition before the manager step ended"));
                partition.setEndTime(LocalDateTime.now());
                jobRepository.update(partition);
            }
        }
        return null;
    }
}
