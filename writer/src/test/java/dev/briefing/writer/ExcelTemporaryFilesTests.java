package dev.briefing.writer;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import dev.briefing.processor.story.SkippedInput;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ExecutionContext;

/** Where the streaming workbook buffers its sheets: the run's own directory, not the system's shared one. */
class ExcelTemporaryFilesTests {

    @TempDir
    Path dir;

    @Test
    void sheetsAreBufferedInTheRunsTemporaryDirectoryAndRemovedWhenTheWorkbookIsWritten() throws Exception {
        Path temporary = dir.resolve(".briefing-2024-05-07.tmp");
        ExcelBriefingWriter writer = new ExcelBriefingWriter(dir.resolve("briefing.xlsx"), LocalDate.of(2024, 5, 7),
                temporary);

        writer.open(new ExecutionContext());
        List<Path> buffered = list(temporary);
        writer.write(new Chunk<>(List.of(new SkippedInput(Summaries.skipped()))));
        writer.close();

        assertThat(buffered).isNotEmpty().allSatisfy(file -> assertThat(file.getFileName().toString()).startsWith("poi-sxssf"));
        assertThat(list(temporary)).isEmpty();
        assertThat(dir.resolve("briefing.xlsx")).isNotEmptyFile();
    }

    @Test
    void theTemporaryFilesOfAPackAreRemovedWithTheUnfinishedParts() throws Exception {
        AtomicPackPublisher publisher = new AtomicPackPublisher(dir, "2024-05-07");
        Files.createDirectories(publisher.temporaryDirectory());
        Files.writeString(publisher.temporaryDirectory().resolve("poi-sxssf-sheet1.xml.gz"), "left by a kill");
        Files.writeString(publisher.partOf("briefing.xlsx"), "half a workbook");
        Files.createDirectories(publisher.partOf("briefing.pdf"));

        publisher.clean(List.of("briefing.xlsx", "briefing.pdf"), true);

        assertThat(publisher.temporaryDirectory()).doesNotExist();
        assertThat(publisher.partOf("briefing.xlsx")).doesNotExist();
        assertThat(publisher.partOf("briefing.pdf")).as("not a part this run wrote").isDirectory();
    }

    private static List<Path> list(Path directory) throws Exception {
        try (var files = Files.list(directory)) {
            return files.toList();
        }
    }
}
