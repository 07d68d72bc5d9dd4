package dev.briefing.config;

import java.util.List;

import dev.briefing.writer.AtomicPackPublisher;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.listener.JobExecutionListener;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;

/**
 * Removes the report step's temporary files on every exit path: as the step starts (what a killed
 * run left, the parts included, since the step writes them afresh), and as the run ends, once the
 * step's writers have closed (the temporary directory always; the parts too when the report did not
 * complete, so a failure on a full disk leaves no hidden part behind). The parts of a completed
 * report stay for the publish step, and for its restart.
 */
class PackLeftoversListener implements StepExecutionListener, JobExecutionListener {

    private static final Logger log = LoggerFactory.getLogger(PackLeftoversListener.class);

    static final String REPORT_STEP = "reportStep";

    private final AtomicPackPublisher publisher;

    private final List<String> files;

    PackLeftoversListener(AtomicPackPublisher publisher, List<String> files) {
        this.publisher = publisher;
        this.files = List.copyOf(files);
    }

    @Override
    public void beforeStep(StepExecution stepExecution) {
        publisher.clean(files, true);
    }

    @Override
    public void afterJob(JobExecution jobExecution) {
        boolean reportUnfinished = jobExecution.getStepExecutions().stream()
                .anyMatch(step -> step.getStepName().equals(REPORT_STEP) && step.getStatus() != BatchStatus.COMPLETED);
        try {
            publisher.clean(files, reportUnfinished);
        }
        catch (RuntimeException ex) {
            log.warn("Could not remove the report's temporary files", ex);
        }
    }
}
