package dev.briefing.config;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

import javax.sql.DataSource;

import org.h2.engine.SessionLocal;
import org.h2.jdbc.JdbcConnection;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.repository.JobRepository;

/**
 * Keeps an H2 database file shared between processes available until their runs end.
 *
 * <p>In H2's automatic mixed mode the first process to open the file serves it to the others over
 * a loopback socket; when that process exits, their connections die with it, and a run going on in
 * one of them fails. So a process about to close the database first checks whether it is the one
 * serving it, and if so waits until the briefing runs of other live processes have ended. A process
 * that only uses the database through another's server, or a server database such as PostgreSQL,
 * does not wait.
 */
public class SharedH2Database {

    private static final Duration POLL = Duration.ofSeconds(1);

    private final DataSource dataSource;

    private final JobRepository jobRepository;

    private final Optional<H2DatabaseFiles> files;

    public SharedH2Database(DataSource dataSource, JobRepository jobRepository, String jdbcUrl) {
        this.dataSource = dataSource;
        this.jobRepository = jobRepository;
        this.files = H2DatabaseFiles.ofUrl(jdbcUrl);
    }

    /**
     * Closes the database with the given action and, if this process served the file and no other
     * has opened it since, seals it: records its length and checksum, for the next process to check
     * it was not damaged in between ({@link H2StoreIntegrity}).
     */
    public void closeAndSeal(Runnable close) {
        boolean serving = servesTheFile();
        close.run();
        if (serving) {
            files.ifPresent(H2StoreIntegrity::seal);
        }
    }

    /**
     * Waits while this process serves the database to another process's running briefing.
     *
     * @param notice told once, in words, what is being waited for
     */
    public void awaitOtherRunsIfServing(Consumer<String> notice) throws InterruptedException {
        if (!servesTheFile()) {
            return;
        }
        boolean told = false;
        for (List<JobExecution> others = othersRunning(); !others.isEmpty(); others = othersRunning()) {
            if (!told) {
                notice.accept("Waiting for execution " + others.get(0).getId() + " of another process to end: "
                        + "this process serves the database file it uses");
                told = true;
            }
            Thread.sleep(POLL.toMillis());
        }
    }

    /** Whether this process serves the database file to a briefing another live process is running. */
    public boolean servesOtherRuns() {
        return servesTheFile() && !othersRunning().isEmpty();
    }

    boolean servesTheFile() {
        try (Connection connection = dataSource.getConnection()) {
            return connection.isWrapperFor(JdbcConnection.class)
                    && connection.unwrap(JdbcConnection.class).getSession() instanceof SessionLocal;
        }
        catch (SQLException ex) {
            return false;
        }
    }

    private List<JobExecution> othersRunning() {
        RunOwner self = RunOwner.current();
        return jobRepository.findRunningJobExecutions(BriefingJobConfiguration.JOB_NAME).stream()
                .filter(execution -> RunOwner.of(jobRepository.getJobExecution(execution.getId()))
                        .filter(owner -> !owner.equals(self) && !owner.isDeadHere())
                        .isPresent())
                .toList();
    }
}
