package dev.briefing.app;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import org.jspecify.annotations.Nullable;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.core.step.skip.SkipLimitExceededException;

/**
 * Why an execution failed, in one sentence for the command line. The end of the process that served the
 * database is told first, being the cause of what failed after it (a step's status that could not be
 * recorded); then a partition's own failure, before its manager step's, which only says that a partition
 * failed.
 */
final class FailureReason {

    private FailureReason() {
    }

    static Optional<String> of(JobExecution execution) {
        if (execution.getExecutionContext().containsKey("recovered")) {
            return Optional.of("the process running it ended before the run did");
        }
        List<Throwable> failures = failures(execution);
        return serverGoneAmong(failures).or(() -> failures.stream().findFirst())
                .map(FailureReason::describe);
    }

    /** The first of the execution's failures that says the process serving the database ended, or null. */
    static @Nullable Throwable serverGone(JobExecution execution) {
        return serverGoneAmong(failures(execution)).orElse(null);
    }

    private static Optional<Throwable> serverGoneAmong(List<Throwable> failures) {
        return failures.stream().filter(failure -> H2Failures.serverGone(failure) != null).findFirst();
    }

    /** The partitions' failures, then the other steps', then the execution's own. */
    private static List<Throwable> failures(JobExecution execution) {
        Stream<Throwable> steps = execution.getStepExecutions().stream()
                .sorted(Comparator.comparing(FailureReason::isPartition).reversed())
                .flatMap(step -> step.getFailureExceptions().stream());
        return Stream.concat(steps, execution.getFailureExceptions().stream()).toList();
    }

    private static boolean isPartition(StepExecution step) {
        return step.getStepName().contains(":");
    }

    private static String describe(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SkipLimitExceededException skipLimit) {
                return "more than " + skipLimit.getSkipLimit() + " inputs were skipped (briefing.skip-limit); the last: "
                        + OneLineErrorHandler.rootMessage(skipLimit);
            }
            if (cause.getCause() == cause) {
                break;
            }
        }
        return OneLineErrorHandler.rootMessage(failure);
    }
}
