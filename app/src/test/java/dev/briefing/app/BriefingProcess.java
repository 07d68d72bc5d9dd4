package dev.briefing.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.Socket;
import java.net.SocketException;
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
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

import dev.briefing.config.H2Credentials;
import dev.briefing.config.H2DatabaseFiles;

/**
 * The real {@code briefing.jar} run as a separate process, as cron, systemd or an operator runs it,
 * so that it can be killed, terminated and restarted for real.
 */
final class BriefingProcess {

    private static final Path JAR = Path.of("target/briefing.jar");

    private static final Duration TIMEOUT = Duration.ofMinutes(3);

    private final Process process;

    private final Path out;

    private final Path err;

    private BriefingProcess(Process process, Path out, Path err) {
        this.process = process;
        this.out = out;
        this.err = err;
    }

    /** Exit code and output of a finished command. */
    record Result(int exitCode, String out, String err) {
    }

    static BriefingProcess start(Path workDir, String... args) {
        return start(ProcessHandle.current().info().command().orElse("java"), environment -> { }, workDir, args);
    }

    /** Starts the jar with the given {@code java} and changes to the environment it inherits. */
    static BriefingProcess start(String java, Consumer<Map<String, String>> environment, Path workDir,
            String... args) {
        assertThat(JAR).as("the jar, built by the package phase before the integration tests").isRegularFile();
        List<String> command = new ArrayList<>(List.of(java, "-jar", JAR.toAbsolutePath().toString()));
        command.addAll(List.of(args));
        try {
            Files.createDirectories(workDir);
            Path out = Files.createTempFile(workDir, "out", ".txt");
            Path err = Files.createTempFile(workDir, "err", ".txt");
            ProcessBuilder builder = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile());
            environment.accept(builder.environment());
            Process process = builder.start();
            return new BriefingProcess(process, out, err);
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    /** Runs a command to its end. */
    static Result run(Path workDir, String... args) {
        return start(workDir, args).await();
    }

    Result await() {
        try {
            if (!process.waitFor(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS)) {
                process.destroyForcibly();
                throw new AssertionError("briefing did not end within " + TIMEOUT + ": " + read(err));
            }
            return new Result(process.exitValue(), read(out), read(err));
        }
        catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            throw new AssertionError(ex);
        }
    }

    /** Sends SIGKILL: the process dies at once, without a chance to record anything. */
    void kill() {
        process.destroyForcibly();
        await();
    }

    /** Sends SIGTERM, as {@code kill} and systemd do. */
    void terminate() {
        process.destroy();
    }

    String output() {
        return read(out);
    }

    /**
     * Waits until the process has staged at least the given number of summaries in its database,
     * reading it through H2's automatic mixed mode only once the process holds the file.
     */
    void awaitStaged(Path db, int atLeast) {
        Instant deadline = Instant.now().plus(TIMEOUT);
        while (Instant.now().isBefore(deadline)) {
            assertThat(process.isAlive()).as("briefing still running; stderr: %s", read(err)).isTrue();
            if (holdsDatabase(db) && staged(db) >= atLeast) {
                return;
            }
            pause();
        }
        throw new AssertionError("nothing staged in " + TIMEOUT);
    }

    /** Waits until the process prints a line containing the text. */
    void awaitOutput(String text) {
        Instant deadline = Instant.now().plus(TIMEOUT);
        while (!read(out).contains(text)) {
            assertThat(Instant.now()).as("waiting for '%s' in: %s %s", text, read(out), read(err)).isBefore(deadline);
            pause();
        }
    }

    /** The port H2's automatic mixed mode serves the database file on, from its lock file. */
    static int databasePort(Path db) throws IOException {
        Properties lock = new Properties();
        try (var in = Files.newInputStream(db.resolveSibling(db.getFileName() + ".lock.db"))) {
            lock.load(in);
        }
        String server = lock.getProperty("server");
        return Integer.parseInt(server.substring(server.lastIndexOf(':') + 1));
    }

    /** Whether a TCP connection to the address and port is accepted. */
    static boolean accepts(InetAddress address, int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(address, port), 2000);
            return true;
        }
        catch (IOException ex) {
            return false;
        }
    }

    /** This machine's addresses that other hosts could connect to. */
    static List<InetAddress> nonLoopbackAddresses() throws SocketException {
        return NetworkInterface.networkInterfaces()
                .flatMap(NetworkInterface::inetAddresses)
                .filter(address -> !address.isLoopbackAddress() && !address.isLinkLocalAddress())
                .toList();
    }

    private static boolean holdsDatabase(Path db) {
        return Files.exists(db.resolveSibling(db.getFileName() + ".lock.db"));
    }

    static int staged(Path db) {
        return count(db, "SELECT COUNT(*) FROM BRIEFING_ARTICLE");
    }

    /** Waits until the database holds at least the given number of running executions. */
    void awaitRunning(Path db, int executions) {
        Instant deadline = Instant.now().plus(TIMEOUT);
        while (count(db, "SELECT COUNT(*) FROM BATCH_JOB_EXECUTION WHERE STATUS = 'STARTED'") < executions) {
            assertThat(process.isAlive()).as("briefing still running; stderr: %s", read(err)).isTrue();
            assertThat(Instant.now()).isBefore(deadline);
            pause();
        }
    }

    /**
     * A count from the database, through the server of the process holding it, or else by opening it
     * here; opening it here changes the store, so its seal is removed afterwards, as the README tells
     * an operator to do after opening it with H2's own tools.
     */
    static int count(Path db, String sql) {
        boolean openedHere = !holdsDatabase(db);
        try {
            return query(db, sql);
        }
        finally {
            if (openedHere) {
                try {
                    Files.deleteIfExists(new H2DatabaseFiles(db).checksum());
                }
                catch (IOException ex) {
                    throw new UncheckedIOException(ex);
                }
            }
        }
    }

    private static int query(Path db, String sql) {
        try (Connection connection = DriverManager.getConnection("jdbc:h2:file:" + db + ";AUTO_SERVER=TRUE", "sa",
                H2Credentials.read(new H2DatabaseFiles(db)));
                ResultSet rows = connection.createStatement().executeQuery(sql)) {
            rows.next();
            return rows.getInt(1);
        }
        catch (SQLException | RuntimeException ex) {
            return 0;
        }
    }

    private static void pause() {
        try {
            Thread.sleep(100);
        }
        catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            throw new AssertionError(ex);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }
}
