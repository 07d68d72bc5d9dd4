package dev.briefing.writer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * Places the files of a briefing pack: each is written under a temporary name in the output
 * directory ({@link #partOf}) and moved onto its final name in one atomic rename, so a reader of the
 * output directory sees either the previous file or the complete new one, never a partial file.
 */
public class AtomicPackPublisher {

    private final Path directory;

    private final String runKey;

    /**
     * @param directory the output directory
     * @param runKey    distinguishes the temporary files of concurrent runs into one directory
     */
    public AtomicPackPublisher(Path directory, String runKey) {
        this.directory = Objects.requireNonNull(directory, "directory");
        this.runKey = Objects.requireNonNull(runKey, "runKey");
    }

    /** The directory of this run's temporary files other than the parts, such as POI's sheet buffers. */
    public Path temporaryDirectory() {
        return directory.resolve(".briefing-" + runKey + ".tmp");
    }

    /**
     * Removes what writing the pack left: the temporary directory, and the parts of the given files
     * when {@code parts} is set (a part that is not a regular file is left alone). Called as the report
     * starts, so a killed run's leftovers go, and as it ends, so none stays on any exit path.
     */
    public void clean(List<String> names, boolean parts) {
        try {
            if (Files.isDirectory(temporaryDirectory())) {
                try (var files = Files.walk(temporaryDirectory())) {
                    for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                        Files.deleteIfExists(file);
                    }
                }
            }
            if (parts) {
                for (String name : names) {
                    if (Files.isRegularFile(partOf(name), LinkOption.NOFOLLOW_LINKS)) {
                        Files.delete(partOf(name));
                    }
                }
            }
        }
        catch (IOException ex) {
            throw new UncheckedIOException("Cannot remove the temporary files of the pack in " + directory + ": "
                    + ex.getMessage(), ex);
        }
    }

    /** The temporary name under which the pack file {@code name} is written. */
    public Path partOf(String name) {
        return directory.resolve("." + name + "." + runKey + ".part");
    }

    /**
     * Moves the named files from their temporary names into place.
     *
     * @throws UncheckedIOException naming the file when a part is missing or cannot be moved; files
     *                              already moved stay in place
     */
    public void publish(List<String> names) {
        for (String name : names) {
            Path part = partOf(name);
            if (!Files.isRegularFile(part)) {
                throw new UncheckedIOException(new IOException("Cannot publish " + name + ": " + part + " is missing"));
            }
        }
        for (String name : names) {
            move(partOf(name), directory.resolve(name));
        }
    }

    private static void move(Path from, Path to) {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        }
        catch (AtomicMoveNotSupportedException ex) {
            throw new UncheckedIOException("Cannot move " + from + " atomically onto " + to, ex);
        }
        catch (IOException ex) {
            throw new UncheckedIOException("Cannot move " + from + " onto " + to + ": " + ex.getMessage(), ex);
        }
    }
}
