package dev.briefing.config;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Objects;

import org.jspecify.annotations.Nullable;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;

/**
 * The parameters of a briefing run. The run date and the input directory identify the run (one job
 * instance per date and inbox, restartable until it completes); a rerun of a completed date adds the
 * time it was asked for, making a new instance. The output directory and the scope do not identify.
 *
 * @param date   the run date
 * @param input  the directory of article files
 * @param output the directory the pack is written to
 * @param all    whether to brief articles already briefed in an earlier completed run too
 * @param rerun  when a rerun of a completed date was asked for, or null for the date's first run
 */
public record BriefingJobParameters(LocalDate date, Path input, Path output, boolean all,
        @Nullable LocalDateTime rerun) {

    public static final String DATE = "date";

    public static final String INPUT = "input";

    public static final String OUTPUT = "output";

    public static final String SCOPE = "scope";

    public static final String RERUN = "rerun";

    private static final String ALL = "all";

    private static final String NEW = "new";

    public BriefingJobParameters {
        Objects.requireNonNull(date, "date");
        input = input.toAbsolutePath().normalize();
        output = output.toAbsolutePath().normalize();
    }

    /** The first run of a date, briefing only articles not briefed before. */
    public BriefingJobParameters(LocalDate date, Path input, Path output) {
        this(date, input, output, false, null);
    }

    public JobParameters toJobParameters() {
        JobParametersBuilder builder = new JobParametersBuilder()
                .addLocalDate(DATE, date)
                .addString(INPUT, input.toString())
                .addString(OUTPUT, output.toString(), false)
                .addString(SCOPE, all ? ALL : NEW, false);
        if (rerun != null) {
            builder.addLocalDateTime(RERUN, rerun);
        }
        return builder.toJobParameters();
    }

    /** Reads the parameters back from a job execution's; missing ones give an exception naming them. */
    public static BriefingJobParameters of(JobParameters parameters) {
        LocalDate date = parameters.getLocalDate(DATE);
        String input = parameters.getString(INPUT);
        String output = parameters.getString(OUTPUT);
        if (date == null || input == null || output == null) {
            throw new IllegalArgumentException("a briefing run needs the parameters date, input and output: " + parameters);
        }
        return new BriefingJobParameters(date, Path.of(input), Path.of(output),
                ALL.equals(parameters.getString(SCOPE)), parameters.getLocalDateTime(RERUN));
    }
}
