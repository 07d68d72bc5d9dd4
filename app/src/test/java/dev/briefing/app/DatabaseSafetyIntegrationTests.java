package dev.briefing.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.zip.ZipFile;

import dev.briefing.config.H2DatabaseFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The H2 database as another local user and a damaged disk would meet it: owner-only files, a
 * password nobody else has, damage refused before anything opens the store, and a backup to recover
 * from. In-process, against real H2 files.
 */
class DatabaseSafetyIntegrationTests {

    private static final Path SAMPLES = Path.of("../samples/articles");

    /** Fewer bytes than an H2 store's first header block. */
    private static final int SHORTER_THAN_A_HEADER = 3000;

    /** The length of an H2 store's two header blocks, which name its chunks. */
    private static final int STORE_HEADERS = 8192;

    @TempDir
    Path dir;

    @Test
    void theDatabaseIsOwnerOnlyAndRefusesAConnectionWithoutItsPassword() throws Exception {
        H2DatabaseFiles files = briefOnce("2024-01-05");

        assertThat(mode(files.db().getParent())).isEqualTo("rwx------");
        assertThat(mode(files.store())).isEqualTo("rw-------");
        assertThat(mode(files.credentials())).isEqualTo("rw-------");
        assertThat(mode(files.backup())).isEqualTo("rw-------");
        assertThat(CommandResult.run("status", "--db", files.db().toString()).out()).contains("2024-01-05 COMPLETED");
        assertThatThrownBy(() -> connect(files, "")).isInstanceOfSatisfying(SQLException.class,
                ex -> assertThat(ex.getSQLState()).isEqualTo("28000"));
    }

    @Test
    void aDatabaseWithoutAPasswordGetsOneWhenItsOwnerFirstOpensIt() throws Exception {
        H2DatabaseFiles files = new H2DatabaseFiles(Files.createDirectories(dir.resolve("old")).resolve("briefing"));
        try (Connection legacy = connect(files, "")) {
            legacy.createStatement().execute("CREATE TABLE LEGACY (ID INT)");
        }

        CommandResult status = CommandResult.run("status", "--db", files.db().toString());

        assertThat(status.exitCode()).as(status.err()).isEqualTo(ExitCodes.OK);
        assertThat(mode(files.credentials())).isEqualTo("rw-------");
        CommandResult again = CommandResult.run("status", "--db", files.db().toString());
        assertThat(again.exitCode()).as(again.err()).isEqualTo(ExitCodes.OK);
        assertThatThrownBy(() -> connect(files, "")).isInstanceOf(SQLException.class);
    }

    @Test
    void aPasswordTheOperatorGivesWins() {
        Path db = dir.resolve("given/briefing");
        String[] run = {"run", "--input", SAMPLES.toString(), "--output", dir.resolve("out").toString(), "--date",
                "2024-01-06", "--db", db.toString(), "--spring.datasource.password=operator-secret"};

        assertThat(CommandResult.run(run).exitCode()).isEqualTo(ExitCodes.OK);
        assertThat(new H2DatabaseFiles(db).credentials()).doesNotExist();
        assertThat(CommandResult.run("status", "--db", db.toString(), "--spring.datasource.password=wrong").err())
                .startsWith("briefing: Cannot connect to the database jdbc:h2:file:").contains("Wrong user name or password");
    }

    @Test
    void aTruncatedDatabaseIsRefusedUntouchedAndTheBackupRestoresIt() throws Exception {
        H2DatabaseFiles files = briefOnce("2024-01-07");
        try (RandomAccessFile store = new RandomAccessFile(files.store().toFile(), "rw")) {
            store.setLength(store.length() / 2);
        }
        byte[] damaged = Files.readAllBytes(files.store());

        CommandResult status = CommandResult.run("status", "--db", files.db().toString());
        CommandResult run = CommandResult.run("run", "--input", SAMPLES.toString(), "--output",
                dir.resolve("out2").toString(), "--date", "2024-01-08", "--db", files.db().toString());

        assertThat(status.exitCode()).isEqualTo(ExitCodes.REFUSED);
        assertThat(status.err().lines()).singleElement().asString()
                .startsWith("briefing: Database " + files.store() + " is damaged: it is ")
                .contains("it was not opened", "unzip " + files.backup());
        assertThat(run.exitCode()).isEqualTo(ExitCodes.REFUSED);
        assertThat(Files.readAllBytes(files.store())).isEqualTo(damaged);
        restoreTheBackup(files);
        assertThat(CommandResult.run("status", "--db", files.db().toString()).out()).contains("2024-01-07 COMPLETED");
    }

    @Test
    void aDatabaseH2CannotReadIsRefusedAsDamagedWithItsRecoveryAlsoWithoutASeal() throws Exception {
        H2DatabaseFiles files = briefOnce("2024-01-12");
        Files.delete(files.checksum());
        try (RandomAccessFile store = new RandomAccessFile(files.store().toFile(), "rw")) {
            store.write(new byte[STORE_HEADERS]);
        }

        CommandResult status = CommandResult.run("status", "--db", files.db().toString());

        assertThat(status.exitCode()).isEqualTo(ExitCodes.REFUSED);
        assertThat(status.err().lines()).singleElement().asString()
                .startsWith("briefing: Database " + files.store() + " is damaged (Store header is corrupt")
                .contains("it was not opened", "unzip " + files.backup());
    }

    @Test
    void aDatabaseCutShortWithoutASealIsRefusedAsDamagedNotAsAServerThatEnded() throws Exception {
        H2DatabaseFiles files = briefOnce("2024-01-14");
        Files.delete(files.checksum());
        try (RandomAccessFile store = new RandomAccessFile(files.store().toFile(), "rw")) {
            store.setLength(SHORTER_THAN_A_HEADER);
        }

        CommandResult status = CommandResult.run("status", "--db", files.db().toString());

        assertThat(status.exitCode()).isEqualTo(ExitCodes.REFUSED);
        assertThat(status.err().lines()).singleElement().asString()
                .startsWith("briefing: Database " + files.store() + " is damaged: it ends before")
                .contains("rm -f " + files.checksum());
    }

    @Test
    void aDatabaseWhoseDirectoryCannotBeCreatedIsRefused() throws Exception {
        Path inTheWay = Files.writeString(dir.resolve("a-file"), "not a directory");

        CommandResult run = CommandResult.run("run", "--input", SAMPLES.toString(), "--output",
                dir.resolve("out4").toString(), "--date", "2024-01-13", "--db", inTheWay.resolve("db/b").toString());

        assertThat(run.exitCode()).isEqualTo(ExitCodes.REFUSED);
        assertThat(run.err().lines()).singleElement().asString()
                .isEqualTo("briefing: Cannot create the directory of the database " + inTheWay.resolve("db/b") + ": "
                        + inTheWay.resolve("db") + ": not a directory");
    }

    @Test
    void aDatabaseWithOverwrittenBytesIsRefused() throws Exception {
        H2DatabaseFiles files = briefOnce("2024-01-09");
        try (RandomAccessFile store = new RandomAccessFile(files.store().toFile(), "rw")) {
            store.seek(store.length() / 3);
            store.write("overwritten".getBytes());
        }

        CommandResult status = CommandResult.run("status", "--db", files.db().toString());

        assertThat(status.exitCode()).isEqualTo(ExitCodes.REFUSED);
        assertThat(status.err()).contains("is damaged: its bytes changed since Briefing last closed it", "it was not opened");
    }

    @Test
    void aMissingDatabaseIsNotStartedAfreshAsIfEmpty() throws Exception {
        H2DatabaseFiles files = briefOnce("2024-01-10");
        Files.delete(files.store());

        CommandResult run = CommandResult.run("run", "--input", SAMPLES.toString(), "--output",
                dir.resolve("out3").toString(), "--date", "2024-01-11", "--db", files.db().toString());

        assertThat(run.exitCode()).isEqualTo(ExitCodes.REFUSED);
        assertThat(run.err()).contains("is missing, though it was closed there; it was not opened");
        assertThat(files.store()).doesNotExist();
    }

    @Test
    void statusOfADatabaseThatDoesNotExistSaysSoAndCreatesNone() {
        Path db = dir.resolve("nonexistent/dir/b");

        CommandResult status = CommandResult.run("status", "--db", db.toString());

        assertThat(status.exitCode()).isEqualTo(ExitCodes.REFUSED);
        assertThat(status.err().lines()).containsExactly("briefing: There is no briefing database at "
                + db + ".mv.db (no run has used --db " + db + ")");
        assertThat(dir.resolve("nonexistent")).doesNotExist();
    }

    private H2DatabaseFiles briefOnce(String date) throws Exception {
        Path db = dir.resolve("db-" + date + "/briefing");
        CommandResult run = CommandResult.run("run", "--input", SAMPLES.toString(), "--output",
                dir.resolve("out-" + date).toString(), "--date", date, "--db", db.toString());
        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCodes.OK);
        H2DatabaseFiles files = new H2DatabaseFiles(db);
        assertThat(run.out()).contains("database backed up to " + files.backup());
        try (ZipFile backup = new ZipFile(files.backup().toFile())) {
            assertThat(backup.getEntry("briefing.mv.db")).isNotNull();
        }
        return files;
    }

    /** What the refusal tells the operator to do. */
    private static void restoreTheBackup(H2DatabaseFiles files) throws Exception {
        Files.move(files.store(), files.store().resolveSibling("briefing.mv.db.damaged"));
        try (ZipFile backup = new ZipFile(files.backup().toFile())) {
            Files.copy(backup.getInputStream(backup.getEntry("briefing.mv.db")), files.store());
        }
        Files.delete(files.checksum());
    }

    private static Connection connect(H2DatabaseFiles files, String password) throws SQLException {
        return DriverManager.getConnection("jdbc:h2:file:" + files.db() + ";AUTO_SERVER=TRUE", "sa", password);
    }

    private static String mode(Path path) throws Exception {
        return PosixFilePermissions.toString(Files.getPosixFilePermissions(path));
    }
}
