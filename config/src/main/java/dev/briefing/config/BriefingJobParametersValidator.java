package dev.briefing.config;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import dev.briefing.reader.ArticleDirectoryReader;
import org.springframework.batch.core.job.parameters.InvalidJobParametersException;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersValidator;

/**
 * Refuses a run that cannot succeed before it starts: an input that is not a readable directory or
 * holds no articles, an output directory that cannot be created or written to. Each refusal is one
 * sentence naming the path and the reason.
 */
public class BriefingJobParametersValidator implements JobParametersValidator {

    @Override
    public void validate(JobParameters jobParameters) throws InvalidJobParametersException {
        BriefingJobParameters parameters;
        try {
            parameters = BriefingJobParameters.of(jobParameters);
        }
        catch (IllegalArgumentException ex) {
            throw new InvalidJobParametersException(ex.getMessage());
        }
        checkInput(parameters.input());
        checkOutput(parameters.output());
    }

    private static void checkInput(Path input) throws InvalidJobParametersException {
        if (!Files.exists(input)) {
            throw new InvalidJobParametersException("Input directory " + input + " does not exist");
        }
        if (!Files.isDirectory(input)) {
            throw new InvalidJobParametersException("Input " + input + " is not a directory");
        }
        if (!Files.isReadable(input)) {
            throw new InvalidJobParametersException("Input directory " + input + " cannot be read");
        }
        try {
            if (ArticleDirectoryReader.list(input).isEmpty()) {
                throw new InvalidJobParametersException("Input directory " + input + " holds no articles");
            }
        }
        catch (RuntimeException ex) {
            throw new InvalidJobParametersException("Input directory " + input + " cannot be listed: " + ex.getMessage());
        }
    }

    private static void checkOutput(Path output) throws InvalidJobParametersException {
        try {
            Files.createDirectories(output);
            Path probe = Files.createTempFile(output, ".briefing-probe", ".tmp");
            Files.delete(probe);
        }
        catch (IOException | RuntimeException ex) {
            throw new InvalidJobParametersException("Output directory " + output + " cannot be written to ("
                    + describe(ex) + ")");
        }
    }

    private static String describe(Exception ex) {
        if (ex instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (ex instanceof FileSystemException files && files.getReason() != null) {
            return files.getReason().toLowerCase(Locale.ROOT);
        }
        String type = ex.getClass().getSimpleName().replace("Exception", "").replaceAll("([a-z])([A-Z])", "$1 $2");
        return ex.getMessage() == null ? type : type + ": " + ex.getMessage();
    }
}
