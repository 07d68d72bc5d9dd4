package dev.briefing.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import dev.briefing.app.BriefingProcess.Result;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What an operator meets with the real jar in a process of its own: the log as inputs cannot forge
 * it, the launcher's checks, the locale of cron, progress.
 */
class OperatorProcessIntegrationTests {

    private static final Path SAMPLES = Path.of("../samples/articles");

    private static final String FORGED = "2026-01-01T00:00:00.000Z ERROR 1 --- [main] forged : owned";

    @TempDir
    Path dir;

    @Test
    void aFileNameWithALineBreakCannotForgeALineOfTheLogOrOfTheConsole() throws Exception {
        Path inbox = Files.createDirectories(dir.resolve("inbox"));
        for (String sample : new String[] {"000_2bed81891b374c6c.txt", "003_ffad023c26002374.txt"}) {
            Files.copy(SAMPLES.resolve(sample), inbox.resolve(sample));
        }
        Files.writeString(inbox.resolve("evil\n" + FORGED + ".docx"), "not an article");
        Files.createFile(inbox.resolve("empty\r\u001b[31m.txt"));
        Path db = dir.resolve("db/briefing");

        Result run = BriefingProcess.run(dir, "run", "--input", inbox.toString(), "--output",
                dir.resolve("out").toString(), "--date", "2024-02-01", "--db", db.toString(), "--briefing.skip-limit=1");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.FAILED);
        assertThat(run.err().lines()).singleElement().asString().contains("evil\\n" + FORGED);
        String log = Files.readString(db.resolveSibling("briefing.log"));
        assertThat(log).contains("Skipped empty\\r?[31m.txt: empty file",
                "ArticleReadException: evil\\n" + FORGED);
        assertThat(log.lines()).noneMatch(line -> line.startsWith(FORGED) || line.startsWith("[31m"));
    }
}
