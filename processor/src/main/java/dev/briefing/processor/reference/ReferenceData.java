package dev.briefing.processor.reference;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Reads the versioned reference files of {@code dev/briefing/processor/reference}: tab-separated
 * rows, {@code #} comment lines (each file opens with a note on its source) and blank lines left out.
 */
public final class ReferenceData {

    private ReferenceData() {
    }

    /** The rows of a reference file, each split at tabs, with trailing empty columns kept. */
    public static List<String[]> rows(String name) {
        List<String[]> rows = new ArrayList<>();
        try (InputStream in = Objects.requireNonNull(ReferenceData.class.getResourceAsStream(name), name);
                BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    rows.add(line.split("\t", -1));
                }
            }
        }
        catch (IOException ex) {
            throw new UncheckedIOException("Cannot read reference data " + name, ex);
        }
        return rows;
    }

    /** The items of a list column: {@code "a; b;c"} gives a, b and c; an empty column gives none. */
    public static List<String> items(String column) {
        List<String> items = new ArrayList<>();
        for (String item : column.split(";")) {
            if (!item.isBlank()) {
                items.add(item.strip());
            }
        }
        return items;
    }
}
