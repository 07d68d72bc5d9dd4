package dev.briefing.reader;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** Loads the edge-case fixture files of {@code src/test/resources/fixtures}. */
final class Fixtures {

    private Fixtures() {
    }

    static byte[] bytes(String name) {
        try (InputStream in = Fixtures.class.getResourceAsStream("/fixtures/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no fixture " + name);
            }
            return in.readAllBytes();
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }
}
