package dev.briefing.config;

import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.listener.JobExecutionListener;
import org.springframework.batch.core.repository.JobRepository;

/**
 * Records which process runs each job execution, and saves it at once: a process killed during its
 * first step must still be recognisable as the owner of the execution it left behind.
 */
public class RunOwnerListener implements JobExecutionListener {

    private final JobRepository jobRepository;

    public RunOwnerListener(JobRepository jobRepository) {
        this.jobRepository = jobRepository;
    }

    @Override
    public void beforeJob(JobExecution jobExecution) {
        RunOwner.current().writeTo(jobExecution.getExecutionContext());
        jobRepository.updateExecutionContext(jobExecution);
    }
}
