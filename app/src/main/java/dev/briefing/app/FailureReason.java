package dev.briefing.app;

import java.util.Optional;

import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.step.skip.SkipLimitExceededException;

/** Why an execution failed, in one sentence for the command line. */
final class FailureReason {

    private FailureReason() {
    }

    static Optional<String> of(JobExecution execution) {
        if (execution.getExecutionContext().containsKey("recovered")) {
            return Optional.of("the process running it ended before the run did");
        }
        return execution.getAllFailureExceptions().stream().findFirst().map(FailureReason::describe);
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
