package dev.briefing.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.step.StepExecution;

/**
 * Looks up step executions for assertions. Kept out of the test classes: {@code @SpringBatchTest}
 * takes any test method returning a {@code StepExecution} for a step-scope factory.
 */
final class Executions {

    private Executions() {
    }

    static StepExecution extraction(JobExecution execution) {
        return step(execution, BriefingJobConfiguration.EXTRACT_STEP);
    }

    static StepExecution step(JobExecution execution, String name) {
        List<StepExecution> steps = execution.getStepExecutions().stream()
                .filter(step -> step.getStepName().equals(name))
                .toList();
        assertThat(steps).as("executions of " + name).hasSize(1);
        return steps.get(0);
    }
}
