package dev.briefing.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.core.job.parameters.InvalidJobParametersException;
import org.springframework.batch.core.job.parameters.JobParameters;

class BriefingJobParametersValidatorTests {

    @TempDir
    Path dir;

    private final BriefingJobParametersValidator validator = new BriefingJobParametersValidator();

    @Test
    void acceptsAnInboxWithArticlesAndAnOutputItCanCreate() {
        Path inbox = Inboxes.inbox(dir.resolve("in"), "a.txt=minister-pledges-aid.txt");

        assertThatCode(() -> validator.validate(parameters(inbox, dir.resolve("new/out")))).doesNotThrowAnyException();
        assertThat(dir.resolve("new/out")).isDirectory().isEmptyDirectory();
    }

    @Test
    void refusesAMissingInputDirectory() {
        assertThatThrownBy(() -> validator.validate(parameters(dir.resolve("missing"), dir.resolve("out"))))
                .isInstanceOf(InvalidJobParametersException.class)
                .hasMessage("Input directory " + dir.resolve("missing") + " does not exist");
    }

    @Test
    void refusesAnInputThatIsAFile() throws Exception {
        Path file = Files.writeString(dir.resolve("file.txt"), "text");

        assertThatThrownBy(() -> validator.validate(parameters(file, dir.resolve("out"))))
                .hasMessage("Input " + file + " is not a directory");
    }

    @Test
    void refusesAnEmptyInputDirectory() throws Exception {
        Path empty = Files.createDirectory(dir.resolve("empty"));
        Files.writeString(empty.resolve(".hidden"), "not an article");

        assertThatThrownBy(() -> validator.validate(parameters(empty, dir.resolve("out"))))
                .hasMessage("Input directory " + empty + " holds no articles");
    }

    @Test
    void refusesAnOutputDirectoryThatCannotBeCreated() throws Exception {
        Path inbox = Inboxes.inbox(dir.resolve("in"), "a.txt=minister-pledges-aid.txt");
        Path blocker = Files.writeString(dir.resolve("blocker"), "a file, not a directory");

        assertThatThrownBy(() -> validator.validate(parameters(inbox, blocker.resolve("out"))))
                .isInstanceOf(InvalidJobParametersException.class)
                .hasMessageStartingWith("Output directory " + blocker.resolve("out") + " cannot be written to");
    }

    @Test
    void refusesParametersWithoutADate() {
        assertThatThrownBy(() -> validator.validate(new JobParameters()))
                .isInstanceOf(InvalidJobParametersException.class)
                .hasMessageContaining("needs the parameters date, input and output");
    }

    private static JobParameters parameters(Path input, Path output) {
        return new BriefingJobParameters(LocalDate.of(2024, 5, 7), input, output).toJobParameters();
    }
}
