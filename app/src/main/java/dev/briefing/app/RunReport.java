package dev.briefing.app;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.time.format.DateTimeFormatter;

import dev.briefing.config.BriefingJobConfiguration;
import org.springframework.batch.core.BatchStatus;

/** How the command line reports runs: one line per execution, failures on stderr. */
final class RunReport {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private RunReport() {
    }

    /** Prints the outcome of a run or restart and returns its exit code. */
    static int outcome(RunSummary run, PrintWriter out, PrintWriter err) {
        if (run.status() == BatchStatus.COMPLETED) {
            out.printf("Briefing %s COMPLETED in %s: %d inputs read, %d skipped, %d summarised (execution %d)%n",
                    run.date(), seconds(run.duration()), run.read(), run.skipped(), run.written(), run.id());
            if (run.prior() > 0) {
                out.printf("  %d articles left out: an earlier run briefed them (run --all to brief them again)%n",
                        run.prior());
            }
            for (String file : BriefingJobConfiguration.PACK_FILES) {
                out.println("  " + Path.of(run.output()).resolve(file));
            }
            out.flush();
            return ExitCodes.OK;
        }
        err.printf("briefing: run %s %s (execution %d): %s. Resume it with: briefing restart %d%n", run.date(),
                run.status(), run.id(), reason(run), run.id());
        err.flush();
        return ExitCodes.FAILED;
    }

    /** Why the run did not complete, without closing punctuation. */
    static String reason(RunSummary run) {
        if (run.status() == BatchStatus.STOPPED) {
            return "stopped on request";
        }
        String failure = run.failure() == null ? "no reason recorded" : run.failure();
        String unknown = run.status() == BatchStatus.UNKNOWN
                ? "how a step ended could not be recorded (had the process serving the database ended?): " : "";
        return OneLineErrorHandler.oneLine(unknown + failure.replaceAll("[.\\s]+$", ""));
    }

    static String header() {
        return "%-6s %-10s %-10s %-19s %-19s %6s %7s %6s %7s  %s".formatted("ID", "DATE", "STATUS", "START", "END",
                "READ", "SKIPPED", "PRIOR", "WRITTEN", "INPUT");
    }

    static String line(RunSummary run) {
        return "%-6d %-10s %-10s %-19s %-19s %6d %7d %6d %7d  %s".formatted(run.id(), run.date(), run.status(),
                run.start() == null ? "-" : TIME.format(run.start()), run.end() == null ? "-" : TIME.format(run.end()),
                run.read(), run.skipped(), run.prior(), run.written(), run.input());
    }

    private static String seconds(Duration duration) {
        return duration == null ? "?" : "%.1f s".formatted(duration.toMillis() / 1000.0);
    }
}
