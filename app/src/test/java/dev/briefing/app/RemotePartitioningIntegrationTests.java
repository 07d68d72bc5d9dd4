package dev.briefing.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import dev.briefing.app.BriefingProcess.Result;
import org.apache.activemq.artemis.core.config.impl.ConfigurationImpl;
import org.apache.activemq.artemis.core.server.embedded.EmbeddedActiveMQ;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.junit.jupiter.api.io.TempDir;

/**
 * Remote partitioning for real: an embedded ActiveMQ Artemis broker, the manager and its workers as
 * separate processes of the real jar, and a job repository on a real PostgreSQL server, whose URL
 * (without a database name, such as {@code jdbc:postgresql://127.0.0.1:55432/}) is given in
 * {@code BRIEFING_TEST_POSTGRES_URL}; {@code .ci/run} starts one. Each test gets a database of its own.
 */
@EnabledIfEnvironmentVariable(named = "BRIEFING_TEST_POSTGRES_URL", matches = ".+")
class RemotePartitioningIntegrationTests {

    private static final int ARTICLES = 600;

    private static final String DATE = "2024-05-06";

    private static final String POSTGRES = System.getenv("BRIEFING_TEST_POSTGRES_URL");

    private static final String USER = System.getenv().getOrDefault("BRIEFING_TEST_POSTGRES_USER", "briefing");

    @TempDir
    static Path dir;

    static Path inbox;

    static byte[] singleMachine;

    static EmbeddedActiveMQ broker;

    static String brokerUrl;

    private final List<BriefingProcess> workers = new ArrayList<>();

    @BeforeAll
    static void startTheBrokerAndBriefTheInboxOnOneMachine() throws Exception {
        inbox = SyntheticInbox.write(dir.resolve("inbox"), ARTICLES);
        Result run = BriefingProcess.run(dir, "run", "--input", inbox.toString(), "--output",
                dir.resolve("single").toString(), "--date", DATE, "--db", dir.resolve("db/single").toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        singleMachine = Files.readAllBytes(dir.resolve("single/summaries.jsonl"));
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        brokerUrl = "tcp://127.0.0.1:" + port;
        Path data = dir.resolve("broker");
        broker = new EmbeddedActiveMQ().setConfiguration(new ConfigurationImpl()
                .setPersistenceEnabled(false)
                .setSecurityEnabled(false)
                .setBindingsDirectory(data.resolve("bindings").toString())
                .setJournalDirectory(data.resolve("journal").toString())
                .setPagingDirectory(data.resolve("paging").toString())
                .setLargeMessagesDirectory(data.resolve("large").toString())
                .addAcceptorConfiguration("tcp", brokerUrl));
        broker.start();
    }

    @AfterAll
    static void stopTheBroker() throws Exception {
        broker.stop();
    }

    @AfterEach
    void stopTheWorkers() {
        workers.forEach(BriefingProcess::terminate);
        workers.forEach(BriefingProcess::await);
    }

    @Test
    void twoWorkersShareTheExtractionAndBriefAsOneMachineWould() throws Exception {
        String database = createDatabase();
        BriefingProcess first = worker(database, "first");
        BriefingProcess second = worker(database, "second");

        Result run = BriefingProcess.run(dir, command(database, "manager", "run", "--input", inbox.toString(),
                "--output", dir.resolve("two-workers").toString(), "--date", DATE, "--workers", "2"));

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(Files.readAllBytes(dir.resolve("two-workers/summaries.jsonl"))).isEqualTo(singleMachine);
        assertThat(first.output()).containsPattern("Partition extractPartitionStep:range-\\d+ .*: COMPLETED");
        assertThat(second.output()).containsPattern("Partition extractPartitionStep:range-\\d+ .*: COMPLETED");
        assertThat(staged(database)).isEqualTo(ARTICLES);
    }

    @Test
    void aKilledWorkersPartitionIsExtractedAgainOnRestartAndNothingTwice() throws Exception {
        String database = createDatabase();
        BriefingProcess doomed = worker(database, "doomed", "--briefing.chunk-size=5");
        BriefingProcess manager = BriefingProcess.start(dir, command(database, "manager", "run", "--input",
                inbox.toString(), "--output", dir.resolve("killed-worker").toString(), "--date", DATE, "--workers", "2",
                "--briefing.remote.timeout=15s"));
        awaitPartitionUnderWay(database, doomed);

        doomed.kill();

        Result failed = manager.await();
        assertThat(failed.exitCode()).isEqualTo(ExitCodes.FAILED);
        assertThat(failed.err()).contains("FAILED (execution 1)", "Resume it with: briefing restart 1");
        assertThat(staged(database)).isLessThan(ARTICLES);
        BriefingProcess survivor = worker(database, "survivor");
        Result restart = BriefingProcess.run(dir, command(database, "manager", "restart", "--workers", "2"));
        assertThat(restart.exitCode()).as(restart.err()).isZero();
        assertThat(Files.readAllBytes(dir.resolve("killed-worker/summaries.jsonl"))).isEqualTo(singleMachine);
        assertThat(staged(database)).isEqualTo(ARTICLES);
        assertThat(survivor.output()).containsPattern("Partition extractPartitionStep:range-\\d+ .*: COMPLETED");
        assertThat(BriefingProcess.run(dir, command(database, "manager", "status")).out())
                .containsPattern("(?m)^2 +" + DATE + " COMPLETED ")
                .containsPattern("(?m)^1 +" + DATE + " FAILED ");
    }

    private BriefingProcess worker(String database, String name, String... options) {
        String[] command = command(database, name, Stream.concat(Stream.of("worker"), Stream.of(options))
                .toArray(String[]::new));
        BriefingProcess worker = BriefingProcess.start(dir, command);
        workers.add(worker);
        worker.awaitOutput("Waiting for partitions from " + brokerUrl);
        return worker;
    }

    /** A command against the test's database and broker, logging beside the other processes' logs. */
    private String[] command(String database, String process, String... command) {
        List<String> args = new ArrayList<>(List.of(command));
        if (!command[0].equals("status")) {
            args.addAll(List.of("--broker", brokerUrl));
        }
        args.addAll(List.of("--db", dir.resolve("db/" + database + "-" + process).toString(),
                "--spring.datasource.url=" + POSTGRES + database, "--spring.datasource.username=" + USER,
                "--briefing.remote.poll-interval=200ms"));
        return args.toArray(String[]::new);
    }

    /** Waits until a worker has committed chunks of a partition it has not finished. */
    private static void awaitPartitionUnderWay(String database, BriefingProcess worker) throws Exception {
        Instant deadline = Instant.now().plus(Duration.ofMinutes(2));
        while (Instant.now().isBefore(deadline)) {
            if (count(database, "SELECT COUNT(*) FROM BATCH_STEP_EXECUTION WHERE STEP_NAME LIKE 'extractPartitionStep:%'"
                    + " AND STATUS = 'STARTED' AND COMMIT_COUNT >= 2") > 0) {
                return;
            }
            Thread.sleep(20);
        }
        throw new AssertionError("no partition under way; worker said: " + worker.output());
    }

    private static int staged(String database) throws SQLException {
        return count(database, "SELECT COUNT(*) FROM BRIEFING_ARTICLE");
    }

    private static int count(String database, String sql) throws SQLException {
        try (Connection connection = DriverManager.getConnection(POSTGRES + database, USER, "");
                ResultSet rows = connection.createStatement().executeQuery(sql)) {
            rows.next();
            return rows.getInt(1);
        }
        catch (SQLException ex) {
            if ("42P01".equals(ex.getSQLState())) {
                return 0;
            }
            throw ex;
        }
    }

    private static String createDatabase() throws SQLException {
        String name = "briefing_" + Long.toString(System.nanoTime(), 36);
        try (Connection connection = DriverManager.getConnection(POSTGRES + "postgres", USER, "")) {
            connection.createStatement().execute("CREATE DATABASE " + name);
        }
        return name;
    }
}
