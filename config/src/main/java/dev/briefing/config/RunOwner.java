package dev.briefing.config;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.infrastructure.item.ExecutionContext;

/**
 * The process that runs a job execution: host, process id and the instant the process started
 * (process ids are reused; the pair is not).
 *
 * <p>Recorded in the job execution context when a run starts, so that an execution left STARTED by
 * a process killed with {@code kill -9} can be recognised later: its owner is on this host and no
 * longer alive.
 *
 * @param host         the host name
 * @param pid          the process id
 * @param processStart when the process started, in epoch milliseconds (0 when unknown)
 */
public record RunOwner(String host, long pid, long processStart) {

    private static final String HOST = "briefing.owner.host";

    private static final String PID = "briefing.owner.pid";

    private static final String PROCESS_START = "briefing.owner.processStart";

    public RunOwner {
        Objects.requireNonNull(host, "host");
    }

    /** This process. */
    public static RunOwner current() {
        ProcessHandle self = ProcessHandle.current();
        return new RunOwner(localHost(), self.pid(), startOf(self));
    }

    /** The owner recorded in the execution's context, if any. */
    public static Optional<RunOwner> of(JobExecution execution) {
        ExecutionContext context = execution.getExecutionContext();
        if (!context.containsKey(HOST) || !context.containsKey(PID)) {
            return Optional.empty();
        }
        return Optional.of(new RunOwner(context.getString(HOST), context.getLong(PID),
                context.getLong(PROCESS_START, 0L)));
    }

    void writeTo(ExecutionContext context) {
        context.putString(HOST, host);
        context.putLong(PID, pid);
        context.putLong(PROCESS_START, processStart);
    }

    /** Whether this owner is a process of this host that has ended. Unknown hosts are assumed alive. */
    public boolean isDeadHere() {
        if (!host.equals(localHost())) {
            return false;
        }
        return ProcessHandle.of(pid).map(process -> processStart != 0 && startOf(process) != processStart)
                .orElse(true);
    }

    private static long startOf(ProcessHandle process) {
        return process.info().startInstant().map(Instant::toEpochMilli).orElse(0L);
    }

    private static String localHost() {
        try {
            return InetAddress.getLocalHost().getHostName();
        }
        catch (UnknownHostException ex) {
            return "localhost";
        }
    }
}
