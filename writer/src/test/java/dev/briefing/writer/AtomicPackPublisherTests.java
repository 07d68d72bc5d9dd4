package dev.briefing.writer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicPackPublisherTests {

    @TempDir
    Path dir;

    @Test
    void movesCompletePartsOntoTheirNames() throws Exception {
        AtomicPackPublisher publisher = new AtomicPackPublisher(dir, "7");
        Files.writeString(dir.resolve("a.txt"), "yesterday");
        Files.writeString(publisher.partOf("a.txt"), "today");
        Files.writeString(publisher.partOf("b.txt"), "new");

        publisher.publish(List.of("a.txt", "b.txt"));

        assertThat(dir.resolve("a.txt")).hasContent("today");
        assertThat(dir.resolve("b.txt")).hasContent("new");
        assertThat(dir).isDirectoryNotContaining("glob:**.part");
    }

    @Test
    void leavesThePreviousPackUntouchedWhenAPartIsMissing() throws Exception {
        AtomicPackPublisher publisher = new AtomicPackPublisher(dir, "7");
        Files.writeString(dir.resolve("a.txt"), "yesterday");
        Files.writeString(publisher.partOf("a.txt"), "today");

        assertThatThrownBy(() -> publisher.publish(List.of("a.txt", "b.txt")))
                .isInstanceOf(UncheckedIOException.class)
                .hasMessageContaining("Cannot publish b.txt");
        assertThat(dir.resolve("a.txt")).hasContent("yesterday");
    }
}
