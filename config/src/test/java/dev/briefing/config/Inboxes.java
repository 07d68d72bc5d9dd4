package dev.briefing.config;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Builds input directories from the fixture articles of {@code src/test/resources/articles}. */
final class Inboxes {

    private Inboxes() {
    }

    /** Copies each fixture into the directory under the name given, as {@code "name=fixture"}. */
    static Path inbox(Path directory, String... entries) {
        try {
            Files.createDirectories(directory);
            for (String entry : entries) {
                String[] parts = entry.split("=", 2);
                try (InputStream in = Inboxes.class.getResourceAsStream("/articles/" + parts[1])) {
                    if (in == null) {
                        throw new IllegalArgumentException("no fixture article " + parts[1]);
                    }
                    Files.write(directory.resolve(parts[0]), in.readAllBytes());
                }
            }
            return directory;
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }
}
