package dev.briefing.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.List;

import dev.briefing.app.BriefingProcess.Result;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.util.FileSystemUtils;

/**
 * The operational guarantees with the real jar in separate processes: a run killed or terminated in
 * the middle of its extraction, a report that fails and is fixed, {@code serve} terminated, two runs
 * at once. Every interrupted run, once restarted, writes the same {@code summaries.jsonl}, byte for
 * byte, as an uninterrupted run.
 */
class BriefingProcessIntegrationTests {

    private static final int ARTICLES = 1500;

    private static final String DATE = "2024-03-04";

    private static final String SMALL_CHUNKS = "--briefing.chunk-size=10";

    @TempDir
    static Path dir;

    static Path inbox;

    static byte[] uninterrupted;

    @BeforeAll
    static void briefTheInboxOnceWithoutInterruption() throws Exception {
        inbox = SyntheticInbox.write(dir.resolve("inbox"), ARTICLES);
        Result run = BriefingProcess.run(dir, "run", "--input", inbox.toString(), "--output",
                dir.resolve("uninterrupted").toString(), "--date", DATE, "--db", dir.resolve("db/uninterrupted").toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        uninterrupted = Files.readAllBytes(dir.resolve("uninterrupted/summaries.jsonl"));
    }

    @Test
    void aRunKilledMidExtractionIsRecoveredAndRestartedToTheSameOutput() throws Exception {
        Path db = dir.resolve("db/killed");
        Path output = dir.resolve("killed");
        BriefingProcess briefing = BriefingProcess.start(dir, "run", "--input", inbox.toString(), "--output",
                output.toString(), "--date", DATE, "--db", db.toString(), SMALL_CHUNKS);
        briefing.awaitStaged(db, 50);

        briefing.kill();

        Result status = BriefingProcess.run(dir, "status", "--db", db.toString());
        assertThat(status.out()).contains("Execution 1 was left running by a process that has ended: marked FAILED")
                .as("the chunks it committed are counted").containsPattern("(?m)^1 +" + DATE
                        + " FAILED .* [1-9]\\d* +\\d+ +\\d+ +[1-9]\\d*  /");
        assertThat(BriefingProcess.staged(db)).isLessThan(ARTICLES);
        Result rerun = BriefingProcess.run(dir, "run", "--input", inbox.toString(), "--output", output.toString(),
                "--date", DATE, "--db", db.toString());
        assertThat(rerun.exitCode()).isEqualTo(ExitCodes.REFUSED);
        assertThat(rerun.err()).contains("failed (execution 1); resume it with: briefing restart 1");
        Result restart = BriefingProcess.run(dir, "restart", "--db", db.toString());
        assertThat(restart.exitCode()).as(restart.err()).isZero();
        assertThat(Files.readAllBytes(output.resolve("summaries.jsonl"))).isEqualTo(uninterrupted);
        assertThat(BriefingProcess.staged(db)).isEqualTo(ARTICLES);
        assertThat(BriefingProcess.run(dir, "status", "--db", db.toString()).out())
                .containsPattern("(?m)^\\d+ +" + DATE + " COMPLETED ");
    }

    @Test
    void aRunTerminatedMidExtractionStopsCleanlyAndRestartsToTheSameOutput() throws Exception {
        Path db = dir.resolve("db/terminated");
        Path output = dir.resolve("terminated");
        BriefingProcess briefing = BriefingProcess.start(dir, "run", "--input", inbox.toString(), "--output",
                output.toString(), "--date", DATE, "--db", db.toString(), SMALL_CHUNKS);
        briefing.awaitStaged(db, 50);

        briefing.terminate();

        Result stopped = briefing.await();
        assertThat(stopped.exitCode()).isEqualTo(ExitCodes.FAILED);
        assertThat(stopped.err()).contains("STOPPED (execution 1): stopped on request");
        assertThat(BriefingProcess.run(dir, "status", "--db", db.toString()).out())
                .containsPattern("(?m)^1 +" + DATE + " STOPPED ");
        assertThat(BriefingProcess.run(dir, "restart", "1", "--db", db.toString()).exitCode()).isZero();
        assertThat(Files.readAllBytes(output.resolve("summaries.jsonl"))).isEqualTo(uninterrupted);
    }

    @Test
    void aFailedReportIsRestartedOnceFixedAndThePreviousPackStaysUntouched() throws Exception {
        Path db = dir.resolve("db/report");
        Path output = Files.createDirectories(dir.resolve("report"));
        Files.writeString(output.resolve("summaries.jsonl"), "yesterday's pack\n");
        Path blocked = Files.createDirectories(output.resolve(".briefing.pdf." + DATE + ".part/in-the-way"));

        Result failed = BriefingProcess.run(dir, "run", "--input", inbox.toString(), "--output", output.toString(),
                "--date", DATE, "--db", db.toString());

        assertThat(failed.exitCode()).isEqualTo(ExitCodes.FAILED);
        assertThat(failed.err().lines()).singleElement().asString()
                .contains("FAILED (execution 1)", ".briefing.pdf." + DATE + ".part: is a directory",
                        "Resume it with: briefing restart 1");
        assertThat(output.resolve("summaries.jsonl")).hasContent("yesterday's pack");
        assertThat(output.resolve("briefing.pdf")).doesNotExist();
        FileSystemUtils.deleteRecursively(blocked.getParent());
        Result restart = BriefingProcess.run(dir, "restart", "--db", db.toString());
        assertThat(restart.exitCode()).as(restart.err()).isZero();
        assertThat(Files.readAllBytes(output.resolve("summaries.jsonl"))).isEqualTo(uninterrupted);
        assertThat(BriefingProcess.run(dir, "status", "--db", db.toString()).out())
                .containsPattern("(?m)^2 +" + DATE + " COMPLETED .* 0 +0 +0 +0  ")
                .containsPattern("(?m)^1 +" + DATE + " FAILED .* " + ARTICLES + " +0 +0 +" + ARTICLES + "  ");
    }

    @Test
    void statusWorksWhileServeHoldsTheDatabaseAndSigtermEndsServe() throws Exception {
        Path db = dir.resolve("db/serve-idle");
        BriefingProcess serve = BriefingProcess.start(dir, "serve", "--input", inbox.toString(), "--output",
                dir.resolve("nightly-idle").toString(), "--cron", "0 0 2 * * *", "--zone", "Europe/London",
                "--db", db.toString());
        serve.awaitOutput("Serving: briefing");

        Result status = BriefingProcess.run(dir, "status", "--db", db.toString());
        SQLException withoutPassword = catchThrowableOfType(SQLException.class, () -> DriverManager.getConnection(
                "jdbc:h2:file:" + db + ";AUTO_SERVER=TRUE", "sa", "").close());
        int port = BriefingProcess.databasePort(db);
        boolean loopback = BriefingProcess.accepts(InetAddress.getLoopbackAddress(), port);
        List<InetAddress> others = BriefingProcess.nonLoopbackAddresses();
        List<InetAddress> reachable = others.stream().filter(address -> BriefingProcess.accepts(address, port)).toList();
        serve.terminate();

        assertThat(status.exitCode()).as(status.err()).isZero();
        assertThat(status.out()).contains("No briefing runs yet.");
        assertThat(loopback).as("H2 serves the file to this machine").isTrue();
        assertThat(others).as("addresses other hosts could use").isNotEmpty();
        assertThat(reachable).as("H2 is not reachable from other hosts").isEmpty();
        assertThat((Throwable) withoutPassword).as("a connection to serve's H2 server without the password").isNotNull();
        assertThat(withoutPassword.getSQLState()).isEqualTo("28000");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(db.getParent()))).isEqualTo("rwx------");
        Result stopped = serve.await();
        assertThat(stopped.exitCode()).isZero();
        assertThat(stopped.out()).contains("at '0 0 2 * * *' (Europe/London); next run ", "Stopped serving.");
    }

    @Test
    void serveStopsItsRunningBriefingOnSigterm() {
        Path db = dir.resolve("db/serve");
        BriefingProcess serve = BriefingProcess.start(dir, "serve", "--input", inbox.toString(), "--output",
                dir.resolve("nightly").toString(), "--cron", "* * * * * *", "--db", db.toString(), SMALL_CHUNKS);
        serve.awaitStaged(db, 50);

        serve.terminate();

        Result stopped = serve.await();
        assertThat(stopped.exitCode()).isZero();
        assertThat(stopped.out()).containsPattern("Briefing \\d{4}-\\d\\d-\\d\\d STOPPED: .*: stopped on request")
                .contains("Stopped serving.");
        Result status = BriefingProcess.run(dir, "status", "--db", db.toString());
        assertThat(status.out()).containsPattern("(?m)^1 +\\d{4}-\\d\\d-\\d\\d STOPPED ");
        assertThat(BriefingProcess.run(dir, "restart", "--db", db.toString()).exitCode()).isZero();
    }

    @Test
    void terminatingTheProcessThatServesTheDatabaseDoesNotFailAnotherProcesssRun() {
        Path db = dir.resolve("db/host");
        BriefingProcess host = BriefingProcess.start(dir, "run", "--input", inbox.toString(), "--output",
                dir.resolve("host-a").toString(), "--date", "2024-03-07", "--db", db.toString(), SMALL_CHUNKS,
                "--briefing.stop-timeout=1s");
        host.awaitStaged(db, 20);
        BriefingProcess other = BriefingProcess.start(dir, "run", "--input", inbox.toString(), "--output",
                dir.resolve("host-b").toString(), "--date", "2024-03-08", "--db", db.toString(), "--all", SMALL_CHUNKS);
        other.awaitRunning(db, 2);

        host.terminate();

        Result stopped = host.await();
        Result finished = other.await();
        assertThat(stopped.exitCode()).as("stopped, or ended by the signal").isIn(ExitCodes.FAILED, 128 + 15);
        assertThat(finished.exitCode()).as(finished.err()).isZero();
        assertThat(finished.out()).contains("Briefing 2024-03-08 COMPLETED");
    }

    @Test
    void killingTheProcessThatServesTheDatabaseDoesNotFailAnotherProcesssRunNorDuplicateItsArticles()
            throws Exception {
        Path db = dir.resolve("db/killed-host");
        BriefingProcess host = BriefingProcess.start(dir, "run", "--input", inbox.toString(), "--output",
                dir.resolve("killed-host-a").toString(), "--date", "2024-03-09", "--db", db.toString(), SMALL_CHUNKS);
        host.awaitStaged(db, 20);
        BriefingProcess other = BriefingProcess.start(dir, "run", "--input", inbox.toString(), "--output",
                dir.resolve("killed-host-b").toString(), "--date", "2024-03-10", "--db", db.toString(), "--all",
                SMALL_CHUNKS);
        other.awaitRunning(db, 2);

        host.kill();

        Result finished = other.await();
        assertThat(finished.exitCode()).as(finished.err()).isZero();
        assertThat(finished.out()).containsPattern("Briefing 2024-03-10 COMPLETED in .*: " + ARTICLES + " inputs read");
        List<String> ids = Files.readAllLines(dir.resolve("killed-host-b/summaries.jsonl")).stream()
                .map(line -> line.replaceAll("^\\{\"id\":\"([^\"]+)\".*", "$1")).toList();
        assertThat(ids).hasSize(ARTICLES).doesNotHaveDuplicates();
    }

    @Test
    void runsForDifferentDatesProceedSideBySide() {
        Path db = dir.resolve("db/side-by-side");
        List<BriefingProcess> runs = List.of(
                BriefingProcess.start(dir, "run", "--input", inbox.toString(), "--output",
                        dir.resolve("side-a").toString(), "--date", "2024-03-05", "--db", db.toString(), "--all"),
                BriefingProcess.start(dir, "run", "--input", inbox.toString(), "--output",
                        dir.resolve("side-b").toString(), "--date", "2024-03-06", "--db", db.toString(), "--all"));

        assertThat(runs.stream().map(BriefingProcess::await)).allSatisfy(
                result -> assertThat(result.exitCode()).as(result.err()).isZero());
    }

    @Test
    void aSecondRunForTheSameDateAtTheSameTimeIsRefused() {
        Path db = dir.resolve("db/concurrent");
        List<BriefingProcess> runs = List.of(
                BriefingProcess.start(dir, "run", "--input", inbox.toString(), "--output",
                        dir.resolve("concurrent-a").toString(), "--date", DATE, "--db", db.toString()),
                BriefingProcess.start(dir, "run", "--input", inbox.toString(), "--output",
                        dir.resolve("concurrent-b").toString(), "--date", DATE, "--db", db.toString()));

        List<Result> results = runs.stream().map(BriefingProcess::await).toList();

        assertThat(results).extracting(Result::exitCode).as(results.stream().map(Result::err).toList().toString())
                .containsExactlyInAnyOrder(ExitCodes.OK, ExitCodes.REFUSED);
        assertThat(results).filteredOn(result -> result.exitCode() == ExitCodes.REFUSED).singleElement()
                .extracting(Result::err).asString()
                .containsPattern("is running \\(execution 1, process \\d+ on|started by another process|has already completed");
        assertThat(BriefingProcess.run(dir, "status", "--db", db.toString()).out().lines()
                .filter(line -> line.contains(DATE))).singleElement().asString().contains("COMPLETED");
    }
}
