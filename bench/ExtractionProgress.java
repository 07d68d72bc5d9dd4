import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;

/**
 * Follows a briefing run's extraction in its job repository, as a second process on the H2 file
 * (AUTO_SERVER): prints "elapsed-ms articles" once a second, the articles its partitions have read
 * and committed so far, then "done status step-ms" when the extraction step has ended. Launched as a
 * single source file by bench/partitions.sh with the H2 jar on the class path:
 * {@code java -cp h2.jar bench/ExtractionProgress.java /path/to/db}.
 */
public class ExtractionProgress {

    private static final String PROGRESS = "SELECT COALESCE(SUM(READ_COUNT + READ_SKIP_COUNT), 0) FROM BATCH_STEP_EXECUTION"
            + " WHERE STEP_NAME LIKE 'extractPartitionStep:%'";

    private static final String ENDED = "SELECT STATUS, DATEDIFF('MILLISECOND', START_TIME, END_TIME) FROM BATCH_STEP_EXECUTION"
            + " WHERE STEP_NAME = 'extractStep' AND END_TIME IS NOT NULL";

    public static void main(String[] args) throws Exception {
        String url = "jdbc:h2:file:" + args[0] + ";AUTO_SERVER=TRUE;IFEXISTS=TRUE";
        long start = System.nanoTime();
        try (Connection connection = connect(url, args[0]); Statement statement = connection.createStatement()) {
            while (true) {
                long elapsed = (System.nanoTime() - start) / 1_000_000;
                try (ResultSet ended = statement.executeQuery(ENDED)) {
                    if (ended.next()) {
                        System.out.println("done " + ended.getString(1) + " " + ended.getLong(2));
                        return;
                    }
                }
                try (ResultSet progress = statement.executeQuery(PROGRESS)) {
                    progress.next();
                    System.out.println(elapsed + " " + progress.getLong(1));
                }
                Thread.sleep(1000);
            }
        }
    }

    /** The password Briefing generated for the database, from the owner-only file beside it. */
    private static String password(String db) {
        Properties credentials = new Properties();
        try (Reader in = Files.newBufferedReader(Path.of(db + ".credentials"))) {
            credentials.load(in);
        }
        catch (IOException notYet) {
            return "";
        }
        return credentials.getProperty("password", "");
    }

    /** Waits for the run to create its database and the job repository's tables. */
    private static Connection connect(String url, String db) throws InterruptedException {
        while (true) {
            try {
                Connection connection = DriverManager.getConnection(url, "sa", password(db));
                try (Statement statement = connection.createStatement()) {
                    statement.executeQuery(PROGRESS).close();
                    return connection;
                }
                catch (SQLException notYet) {
                    connection.close();
                    throw notYet;
                }
            }
            catch (SQLException notYet) {
                Thread.sleep(200);
            }
        }
    }
}
