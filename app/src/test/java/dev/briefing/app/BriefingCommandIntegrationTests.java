package dev.briefing.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;

import dev.briefing.config.H2Credentials;
import dev.briefing.config.H2DatabaseFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line end to end, in-process, against a real H2 file database and real files. */
class BriefingCommandIntegrationTests {

    private static final Path SAMPLES = Path.of("../samples/articles");

    @TempDir
    Path dir;

    @Test
    void runBriefsTheSamplesAndStatusShowsTheCompletedRun() {
        Path out = dir.resolve("out");

        CommandResult run = CommandResult.run("run", "--input", SAMPLES.toString(), "--output", out.toString(),
                "--date", "2023-02-02", "--db", db());

        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCodes.OK);
        assertThat(run.out()).contains("Briefing 2023-02-02 COMPLETED", "2 inputs read, 0 skipped, 2 summarised");
        assertThat(out.resolve("summaries.jsonl")).isNotEmptyFile();
        assertThat(out.resolve("briefing.xlsx")).isNotEmptyFile();
        assertThat(out.resolve("briefing.pdf")).isNotEmptyFile();

        CommandResult status = CommandResult.run("status", "--db", db());

        assertThat(status.exitCode()).isEqualTo(ExitCodes.OK);
        assertThat(status.out()).containsPattern("(?m)^1 +2023-02-02 COMPLETED .* 2 +0 +0 +2  .*samples/articles$");
    }

    @Test
    void aMissingInputDirectoryIsRefusedInOneLine() {
        CommandResult run = CommandResult.run("run", "--input", dir.resolve("missing").toString(), "--output",
                dir.resolve("out").toString(), "--db", db());

        assertThat(run.exitCode()).isEqualTo(ExitCodes.REFUSED);
        assertThat(run.err()).isEqualTo("briefing: Input directory " + dir.resolve("missing") + " does not exist"
                + System.lineSeparator());
    }

    @Test
    void anEmptyInputDirectoryIsRefusedInOneLine() throws Exception {
        Path empty = Files.createDirectory(dir.resolve("empty"));

        CommandResult run = CommandResult.run("run", "--input", empty.toString(), "--output",
                dir.resolve("out").toString(), "--db", db());

        assertThat(run.exitCode()).isEqualTo(ExitCodes.REFUSED);
        assertThat(run.err().lines()).containsExactly("briefing: Input directory " + empty + " holds no articles");
    }

    @Test
    void anOutputDirectoryThatCannotBeWrittenIsRefusedInOneLine() throws Exception {
        Path blocker = Files.writeString(dir.resolve("blocker"), "a file where the output directory should be");

        CommandResult run = CommandResult.run("run", "--input", SAMPLES.toString(), "--output",
                blocker.resolve("out").toString(), "--db", db());

        assertThat(run.exitCode()).isEqualTo(ExitCodes.REFUSED);
        assertThat(run.err().lines()).singleElement().asString()
                .startsWith("briefing: Output directory " + blocker.resolve("out") + " cannot be written to");
    }

    @Test
    void restartWithNothingToRestartSaysSo() {
        createDatabase();

        CommandResult restart = CommandResult.run("restart", "--db", db());

        assertThat(restart.exitCode()).isEqualTo(ExitCodes.REFUSED);
        assertThat(restart.err().lines())
                .containsExactly("briefing: There is no failed or stopped briefing run to restart");
    }

    @Test
    void springPropertiesPassThroughAndAnythingElseIsAUsageError() {
        createDatabase();
        CommandResult status = CommandResult.run("status", "--db", db(), "--briefing.chunk-size=5");
        CommandResult bogus = CommandResult.run("status", "--db", db(), "--bogus");

        assertThat(status.exitCode()).isEqualTo(ExitCodes.OK);
        assertThat(status.out()).contains("No briefing runs yet.");
        assertThat(bogus.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(bogus.err()).startsWith("Unknown option or argument: --bogus");
    }

    @Test
    void aRefusedRunLeavesNothingBehindThatBlocksTheNextRunOfItsDate() throws Exception {
        Path inbox = Files.createDirectory(dir.resolve("late"));
        String[] run = {"run", "--input", inbox.toString(), "--output", dir.resolve("out").toString(), "--date",
                "2024-01-05", "--db", db()};
        assertThat(CommandResult.run(run).exitCode()).isEqualTo(ExitCodes.REFUSED);
        Files.copy(SAMPLES.resolve("000_2bed81891b374c6c.txt"), inbox.resolve("000.txt"));

        CommandResult once = CommandResult.run(run);

        assertThat(once.exitCode()).as(once.err()).isEqualTo(ExitCodes.OK);
        assertThat(once.out()).contains("Briefing 2024-01-05 COMPLETED", "1 inputs read");
    }

    @Test
    void aStaleRestartNeverReplacesThePackOfALaterCompletedRunOfItsDate() throws Exception {
        Path inbox = inboxWithTwoEmptyFiles("stale");
        Path out = dir.resolve("stale-out");
        String[] run = {"run", "--input", inbox.toString(), "--output", out.toString(), "--date", "2024-01-12",
                "--db", db()};
        assertThat(CommandResult.run(concat(run, "--briefing.skip-limit=1")).exitCode()).isEqualTo(ExitCodes.FAILED);
        assertThat(CommandResult.run(concat(run, "--rerun")).exitCode()).isEqualTo(ExitCodes.OK);
        byte[] later = Files.readAllBytes(out.resolve("summaries.jsonl"));

        CommandResult latest = CommandResult.run("restart", "--db", db());
        CommandResult given = CommandResult.run("restart", "1", "--db", db());

        assertThat(latest.exitCode()).isEqualTo(ExitCodes.REFUSED);
        assertThat(latest.err().lines()).containsExactly("briefing: There is no failed or stopped briefing run to "
                + "restart (execution 1 is superseded: execution 2 of 2024-01-12 completed later into the same output, "
                + out.toAbsolutePath().normalize() + ")");
        assertThat(given.exitCode()).isEqualTo(ExitCodes.REFUSED);
        assertThat(given.err()).contains("execution 1 is superseded: execution 2",
                "not restarted, so that its pack does not replace the later one");
        assertThat(Files.readAllBytes(out.resolve("summaries.jsonl"))).isEqualTo(later);
    }

    @Test
    void aRunLeftUnknownWhenItsStatusCouldNotBeRecordedCanBeRestarted() throws Exception {
        Path inbox = inboxWithTwoEmptyFiles("unknown");
        assertThat(CommandResult.run("run", "--input", inbox.toString(), "--output", dir.resolve("unknown-out").toString(),
                "--date", "2024-01-14", "--db", db(), "--briefing.skip-limit=1").exitCode()).isEqualTo(ExitCodes.FAILED);
        markFailedAsUnknown();

        CommandResult restart = CommandResult.run("restart", "--db", db());

        assertThat(restart.exitCode()).as(restart.err()).isEqualTo(ExitCodes.OK);
        assertThat(restart.out()).contains("Briefing 2024-01-14 COMPLETED");
        assertThat(dir.resolve("unknown-out/summaries.jsonl")).exists();
    }

    /** What Spring Batch leaves when it cannot record how a step ended: the execution and the step UNKNOWN. */
    private void markFailedAsUnknown() throws Exception {
        H2DatabaseFiles files = new H2DatabaseFiles(Path.of(db()));
        try (Connection connection = DriverManager.getConnection("jdbc:h2:file:" + files.db(), "sa",
                H2Credentials.read(files)); Statement update = connection.createStatement()) {
            update.executeUpdate("UPDATE BATCH_JOB_EXECUTION SET STATUS = 'UNKNOWN' WHERE STATUS = 'FAILED'");
            update.executeUpdate("UPDATE BATCH_STEP_EXECUTION SET STATUS = 'UNKNOWN' WHERE STATUS = 'FAILED'");
        }
        Files.deleteIfExists(files.checksum());
    }

    @Test
    void theOutcomeOfARestartCountsTheWholeRun() throws Exception {
        Path inbox = inboxWithTwoEmptyFiles("restarted");
        Files.copy(SAMPLES.resolve("003_ffad023c26002374.txt"), inbox.resolve("d.txt"));
        CommandResult failed = CommandResult.run("run", "--input", inbox.toString(), "--output",
                dir.resolve("restarted-out").toString(), "--date", "2024-01-13", "--db", db(),
                "--briefing.skip-limit=1", "--briefing.chunk-size=1");
        assertThat(failed.exitCode()).isEqualTo(ExitCodes.FAILED);

        CommandResult restart = CommandResult.run("restart", "--db", db(), "--briefing.chunk-size=1");

        assertThat(restart.exitCode()).as(restart.err()).isEqualTo(ExitCodes.OK);
        assertThat(restart.out()).contains("4 inputs read, 2 skipped, 2 summarised (execution 2)");
    }

    @Test
    void aMistypedOptionOrPropertyIsAUsageErrorNotIgnored() {
        CommandResult date = CommandResult.run("run", "--input", SAMPLES.toString(), "--output",
                dir.resolve("out").toString(), "--db", db(), "--dat=2024-01-05");
        CommandResult property = CommandResult.run("status", "--db", db(), "--briefing.chunk-sise=5");

        assertThat(date.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(date.err()).startsWith("Unknown option or argument: --dat=2024-01-05 (did you mean --date?)");
        assertThat(dir.resolve("out")).doesNotExist();
        assertThat(property.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(property.err()).startsWith("Unknown property: briefing.chunk-sise (did you mean briefing.chunk-size?)");
    }

    @Test
    void badValuesAreUsageErrors() {
        createDatabase();
        CommandResult limit = CommandResult.run("status", "--db", db(), "--limit", "-1");
        CommandResult cron = CommandResult.run("serve", "--input", SAMPLES.toString(), "--output",
                dir.resolve("out").toString(), "--db", db(), "--cron", "bad");
        CommandResult chunks = CommandResult.run("status", "--db", db(), "--briefing.chunk-size=0");

        assertThat(limit.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(limit.err()).startsWith("--limit must be at least 1: -1");
        assertThat(cron.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(cron.err()).startsWith("--cron is not a cron expression");
        assertThat(chunks.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(chunks.err().lines()).containsExactly("briefing: briefing.chunk-size must be at least 1: 0");
    }

    @Test
    void restartOfAnExecutionThatDoesNotExistIsRefusedNamingIt() {
        createDatabase();

        CommandResult restart = CommandResult.run("restart", "9999", "--db", db());

        assertThat(restart.exitCode()).isEqualTo(ExitCodes.REFUSED);
        assertThat(restart.err().lines()).containsExactly("briefing: There is no execution 9999 (see briefing status)");
    }

    @Test
    void aDatabaseThatCannotBeReachedIsNamed() {
        CommandResult status = CommandResult.run("status", "--db", db(),
                "--spring.datasource.url=jdbc:postgresql://127.0.0.1:1/briefing");

        assertThat(status.exitCode()).isEqualTo(ExitCodes.REFUSED);
        assertThat(status.err().lines()).singleElement().asString()
                .startsWith("briefing: Cannot connect to the database jdbc:postgresql://127.0.0.1:1/briefing: ")
                .contains("refused");
    }

    @Test
    void aBrokerThatCannotBeReachedIsNamed() {
        CommandResult run = CommandResult.run("run", "--input", SAMPLES.toString(), "--output",
                dir.resolve("out-broker").toString(), "--db", db(), "--workers", "2", "--broker", "tcp://127.0.0.1:1");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.FAILED);
        assertThat(run.err().lines()).singleElement().asString()
                .contains("FAILED (execution 1): Cannot connect to the broker tcp://127.0.0.1:1: ");
    }

    @Test
    void remoteWorkersWithoutABrokerAreAUsageError() {
        CommandResult run = CommandResult.run("run", "--input", SAMPLES.toString(), "--output",
                dir.resolve("out-workers").toString(), "--db", db(), "--workers", "2");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err()).startsWith("--workers needs --broker URL");
    }

    @Test
    void aCompletedDateIsRefusedUnlessRerun() {
        String[] run = {"run", "--input", SAMPLES.toString(), "--output", dir.resolve("out").toString(), "--date",
                "2023-02-03", "--db", db()};
        assertThat(CommandResult.run(run).exitCode()).isEqualTo(ExitCodes.OK);

        CommandResult again = CommandResult.run(run);
        CommandResult rerun = CommandResult.run(concat(run, "--rerun"));

        assertThat(again.exitCode()).isEqualTo(ExitCodes.REFUSED);
        assertThat(again.err()).contains("for 2023-02-03 has already completed (execution 1); add --rerun to brief it again");
        assertThat(rerun.exitCode()).as(rerun.err()).isEqualTo(ExitCodes.OK);
        assertThat(rerun.out()).contains("Briefing 2023-02-03 COMPLETED", "2 summarised (execution 2)");
    }

    @Test
    void aRunPastTheSkipLimitFailsSayingSo() throws Exception {
        Path inbox = Files.createDirectories(dir.resolve("bad"));
        for (String name : new String[] {"a.txt", "b.txt", "c.txt"}) {
            Files.createFile(inbox.resolve(name));
        }

        CommandResult run = CommandResult.run("run", "--input", inbox.toString(), "--output",
                dir.resolve("out").toString(), "--db", db(), "--briefing.skip-limit=2");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.FAILED);
        assertThat(run.err().lines()).singleElement().asString().contains(
                "FAILED (execution 1): more than 2 inputs were skipped (briefing.skip-limit); the last: c.txt: empty file");
        assertThat(CommandResult.run("status", "--db", db()).out()).containsPattern("(?m)^1 .* FAILED .* 2 +2 +0 +0  ");
    }

    @Test
    void everyCommandHasHelp() {
        for (String command : new String[] {"run", "restart", "status", "serve", "worker", "help"}) {
            CommandResult help = CommandResult.run(command, "--help");

            assertThat(help.exitCode()).isEqualTo(ExitCodes.OK);
            assertThat(help.out()).contains("Usage: briefing " + command);
        }
    }

    /** An inbox of one article and two empty files, which a skip limit of 1 fails on. */
    private Path inboxWithTwoEmptyFiles(String name) throws java.io.IOException {
        Path inbox = Files.createDirectories(dir.resolve(name));
        Files.copy(SAMPLES.resolve("000_2bed81891b374c6c.txt"), inbox.resolve("a.txt"));
        Files.createFile(inbox.resolve("b-empty.txt"));
        Files.createFile(inbox.resolve("c-empty.txt"));
        return inbox;
    }

    private static String[] concat(String[] args, String... more) {
        String[] all = java.util.Arrays.copyOf(args, args.length + more.length);
        System.arraycopy(more, 0, all, args.length, more.length);
        return all;
    }

    /** A database with no run in it: that of a run refused for its missing input. */
    private void createDatabase() {
        assertThat(CommandResult.run("run", "--input", dir.resolve("none").toString(), "--output",
                dir.resolve("none-out").toString(), "--db", db()).exitCode()).isEqualTo(ExitCodes.REFUSED);
    }

    private String db() {
        return dir.resolve("db/briefing").toString();
    }
}
