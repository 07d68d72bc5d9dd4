package dev.briefing.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.briefing.app.BriefingProcess.Result;
import org.junit.jupiter.api.Assumptions;
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

    @Test
    void anOlderJavaIsToldInOneLineWhatBriefingNeeds() {
        Optional<Path> olderJava = olderJava();
        Assumptions.assumeTrue(olderJava.isPresent(), "a JDK older than 21 in /usr/lib/jvm");

        Result run = BriefingProcess.start(olderJava.get().toString(), environment -> { }, dir, "status").await();

        assertThat(run.exitCode()).isEqualTo(ExitCodes.REFUSED);
        assertThat(run.err().lines()).singleElement().asString()
                .startsWith("briefing: needs Java 21 or newer; this is Java ");
    }

    @Test
    void withoutAUtf8LocaleAnArticleWithAnAccentedNameIsBriefed() throws Exception {
        Path inbox = Files.createDirectories(dir.resolve("inbox"));
        Process copy = new ProcessBuilder("bash", "-c", "cp \"$0\" \"$1\"/$'caf\\xc3\\xa9.txt'",
                SAMPLES.resolve("000_2bed81891b374c6c.txt").toAbsolutePath().toString(), inbox.toString()).start();
        assertThat(copy.waitFor()).as("a file named café.txt, whatever this JVM's encoding of names").isZero();

        Result run = BriefingProcess.start(ProcessHandle.current().info().command().orElseThrow(), environment -> {
            environment.keySet().removeIf(name -> name.equals("LANG") || name.startsWith("LC_"));
            environment.put("LANG", "C");
        }, dir, "run", "--input", inbox.toString(), "--output", dir.resolve("out").toString(), "--date", "2024-02-02",
                "--db", dir.resolve("db/briefing").toString()).await();

        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCodes.OK);
        assertThat(run.out()).contains("1 inputs read, 0 skipped, 1 summarised");
        assertThat(Files.readString(dir.resolve("out/summaries.jsonl"))).contains("\"file\":\"caf\u00e9.txt\"");
    }

    @Test
    void aNineMegabyteArticleWithoutASentenceEndIsBriefedInTheHeapTheReadmeGives() throws Exception {
        Path inbox = Files.createDirectories(dir.resolve("large"));
        String clause = "Minister Ana Ruiz said that Japan will send aid to France and Germany pledged to expand trade "
                + "with Brazil by 2026, ";
        Files.writeString(inbox.resolve("run-on.txt"), "Talks\n\n" + clause.repeat(9 * 1024 * 1024 / clause.length()));

        Result run = BriefingProcess.start(ProcessHandle.current().info().command().orElseThrow(),
                environment -> environment.put("JAVA_TOOL_OPTIONS", "-Xmx160m"), dir, "run", "--input",
                inbox.toString(), "--output", dir.resolve("out").toString(), "--date", "2024-02-03", "--db",
                dir.resolve("db/briefing").toString()).await();

        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCodes.OK);
        assertThat(run.out()).contains("1 inputs read, 0 skipped, 1 summarised");
        assertThat(Files.size(dir.resolve("out/summaries.jsonl"))).isLessThan(10L * 1024 * 1024);
        assertThat(Files.readString(dir.resolve("db/briefing.log")))
                .contains("run-on.txt: 9,437,1", "over briefing.max-article-chars; only the first");
    }

    @Test
    void aRunShowsItsProgressOnATerminalAndLogsEachPartition() throws Exception {
        Assumptions.assumeTrue(Files.isExecutable(Path.of("/usr/bin/script")), "util-linux script, for a terminal");
        Path inbox = SyntheticInbox.write(dir.resolve("inbox"), 300);
        Path db = dir.resolve("db/briefing");
        String briefing = String.join(" ", ProcessHandle.current().info().command().orElseThrow(), "-jar",
                Path.of("target/briefing.jar").toAbsolutePath().toString(), "run", "--input", inbox.toString(),
                "--output", dir.resolve("out").toString(), "--date", "2024-02-04", "--db", db.toString());
        Process terminal = new ProcessBuilder("/usr/bin/script", "-qfec", briefing, "/dev/null")
                .redirectErrorStream(true).start();
        String screen = new String(terminal.getInputStream().readAllBytes());
        Result piped = BriefingProcess.run(dir, "run", "--input", inbox.toString(), "--output",
                dir.resolve("piped").toString(), "--date", "2024-02-05", "--all", "--db", db.toString());

        assertThat(terminal.waitFor()).as(screen).isZero();
        assertThat(screen).contains("extracted 300 of 300 articles (100%)", "COMPLETED");
        assertThat(Files.readString(db.resolveSibling("briefing.log")))
                .containsPattern("extractPartitionStep:range-\\d+ COMPLETED: \\d+ of \\d+ articles \\(100%\\), \\d+/s");
        assertThat(piped.exitCode()).isZero();
        assertThat(piped.err()).as("no terminal, no progress").isEmpty();
    }

    @Test
    void aFullDiskUnderTheDatabaseIsToldInAFewLinesNotInStackTraces() throws Exception {
        Path disk = Files.createDirectories(dir.resolve("full-disk"));
        Process mount = new ProcessBuilder("mount", "-t", "tmpfs", "-o", "size=300k", "tmpfs", disk.toString())
                .redirectErrorStream(true).start();
        Assumptions.assumeTrue(mount.waitFor() == 0, "a small tmpfs can be mounted (root): "
                + new String(mount.getInputStream().readAllBytes()));
        try {
            Result run = BriefingProcess.run(dir, "run", "--input", SyntheticInbox.write(dir.resolve("inbox"), 200)
                    .toString(), "--output", dir.resolve("out").toString(), "--date", "2024-02-06", "--db",
                    disk.resolve("db/briefing").toString());

            assertThat(run.exitCode()).isEqualTo(ExitCodes.FAILED);
            assertThat(run.err().lines()).hasSizeLessThanOrEqualTo(2).noneMatch(line -> line.startsWith("\t"))
                    .anyMatch(line -> line.contains("No space left on device"))
                    .anyMatch(line -> line.startsWith("briefing: the log cannot be written"));
        }
        finally {
            new ProcessBuilder("umount", "-l", disk.toString()).start().waitFor();
        }
    }

    /** A java of a JDK older than 21 on this machine, if any. */
    private static Optional<Path> olderJava() {
        try (var jdks = Files.list(Path.of("/usr/lib/jvm"))) {
            return jdks.filter(jdk -> Files.isExecutable(jdk.resolve("bin/java")) && !Files.isSymbolicLink(jdk))
                    .filter(jdk -> release(jdk) < 21).map(jdk -> jdk.resolve("bin/java")).findFirst();
        }
        catch (IOException ex) {
            return Optional.empty();
        }
    }

    private static int release(Path jdk) {
        try {
            Matcher version = Pattern.compile("JAVA_VERSION=\"(?:1\\.)?(\\d+)").matcher(Files.readString(jdk.resolve("release")));
            return version.find() ? Integer.parseInt(version.group(1)) : Integer.MAX_VALUE;
        }
        catch (IOException ex) {
            return Integer.MAX_VALUE;
        }
    }
}
