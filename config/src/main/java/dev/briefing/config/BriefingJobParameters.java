package dev.briefing.config;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Objects;

import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;

/**
 * The parameters of a briefing run. The run date and the input directory identify the run (one job
 * instance per date and inbox, restartable until it completes); the output directory does not.
 *
 * @param date   the run date
 * @param input  the directory of article files
 * @param output the directory the pack is written to
 */
public record BriefingJobParameters(LocalDate date, Path input, Path output) {

    public static final String DATE = "date";

    public static final String INPUT = "input";

    public static final String OUTPUT = "output";

    public BriefingJobParameters {
        Objects.requireNonNull(date, "date");
        input = input.toAbsolutePath().normalize();
        output = output.toAbsolutePath().normalize();
    }

    public JobParameters toJobParameters() {
        return new JobParametersBuilder()
                .addLocalDate(DATE, date)
                .addString(INPUT, input.toString())
                .addString(OUTPUT, output.toString(), false)
                .toJobParameters();
    }

    /** Reads the parameters back from a job execution's; missing ones give an exception naming them. */
    public static BriefingJobParameters of(JobParameters parameters) {
        LocalDate date = parameters.getLocalDate(DATE);
        String input = parameters.getString(INPUT);
        String output = parameters.getString(OUTPUT);
        if (date == null || input == null || output == null) {
            throw new IllegalArgumentException("a briefing run needs the parameters date, input and output: " + parameters);
        }
        return new BriefingJobParameters(date, Path.of(input), Path.of(output));
    }
}
