package dev.briefing.config;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.listener.JobExecutionListener;
import org.springframework.batch.core.step.StepExecution;

/**
 * The briefing executions running in this process, and a way to stop them cleanly.
 *
 * <p>A stop sets the live executions' flags, the ones Spring Batch itself checks: the running step
 * ends at its next chunk boundary with status STOPPED, no further step starts, and the job ends
 * STOPPED, restartable. {@code JobOperator.stop} is not used for this: called from another thread of
 * the JVM running the job (Spring Batch 6.0.6), it releases the running step's scope, closing its
 * reader and writers under it, and the run fails instead of stopping.
 */
public class RunningBriefings implements JobExecutionListener {

    private final Set<JobExecution> running = ConcurrentHashMap.newKeySet();

    @Override
    public void beforeJob(JobExecution jobExecution) {
        running.add(jobExecution);
    }

    @Override
    public void afterJob(JobExecution jobExecution) {
        running.remove(jobExecution);
    }

    /**
     * Asks every execution running in this process to stop at its next chunk boundary.
     *
     * @return whether any was running
     */
    public boolean stopAll() {
        for (JobExecution execution : running) {
            execution.setStatus(BatchStatus.STOPPING);
            for (StepExecution step : execution.getStepExecutions()) {
                if (step.getStatus().isRunning()) {
                    step.setTerminateOnly();
                }
            }
        }
        return !running.isEmpty();
    }
}
