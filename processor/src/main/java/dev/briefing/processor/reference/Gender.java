package dev.briefing.processor.reference;

import org.jspecify.annotations.Nullable;

/** A person's gender where a word tells it ("Mrs", "spokeswoman", "Margaret"), for reading "he" and "she". */
public enum Gender {
    MALE, FEMALE;

    /** The gender of a reference file's column: m, f, or empty for none. */
    static @Nullable Gender of(String column) {
        return switch (column.strip()) {
            case "m" -> MALE;
            case "f" -> FEMALE;
            default -> null;
        };
    }
}
