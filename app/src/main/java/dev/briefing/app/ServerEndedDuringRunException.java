package dev.briefing.app;

import org.jspecify.annotations.Nullable;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;

/**
 * The process that served the shared H2 database file ended while this command's run was running: the
 * run's connections died with that process (H2's automatic mixed mode), so its steps failed, and it may
 * not even have recorded that. What it committed is in the database, so the command can resume the run
 * after its last committed chunk, opening the file itself or through the process that serves it now.
 */
class ServerEndedDuringRunException extends RuntimeException {

    private final @Nullable Long executionId;

    private ServerEndedDuringRunException(@Nullable Long executionId, Throwable cause) {
        super("The process serving the database ended during "
                + (executionId == null ? "the run" : "execution " + executionId) + ": "
                + OneLineErrorHandler.rootMessage(cause), cause);
        this.executionId = executionId;
    }

    /** The execution that failed, or null when the run could not hand it back (its end was not recorded). */
    @Nullable Long executionId() {
        return executionId;
    }

    /** The failure of a run as this exception where it is the server's end, otherwise the failure itself. */
    static RuntimeException orItself(RuntimeException ex) {
        return H2Failures.serverGone(ex) != null && !(ex instanceof ServerEndedBeforeRunException)
                ? new ServerEndedDuringRunException(null, ex) : ex;
    }

    /**
     * Throws this exception for an execution that did not complete because the process serving the
     * database ended, and hands back any other execution.
     */
    static JobExecution unlessServerEnded(JobExecution execution) {
        Throwable serverGone = FailureReason.serverGone(execution);
        if (serverGone != null && execution.getStatus() != BatchStatus.COMPLETED) {
            throw new ServerEndedDuringRunException(execution.getId(), serverGone);
        }
        return execution;
    }
}
