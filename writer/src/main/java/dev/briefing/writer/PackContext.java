package dev.briefing.writer;

import java.time.LocalDate;
import java.util.Objects;

/**
 * What the pack tells of its run beside the entries it is written from.
 *
 * @param runDate  the run date
 * @param firstRun whether no run of an earlier date completed in this database: every fact is new
 *                 to it, which the pack then says once instead of marking each fact new
 * @param leftOut  inputs left out because a completed run of an earlier date briefed their content
 */
public record PackContext(LocalDate runDate, boolean firstRun, long leftOut) {

    public PackContext {
        Objects.requireNonNull(runDate, "runDate");
        if (leftOut < 0) {
            throw new IllegalArgumentException("left out cannot be negative: " + leftOut);
        }
    }

    /** A run with earlier runs before it and nothing left out. */
    public static PackContext of(LocalDate runDate) {
        return new PackContext(runDate, false, 0);
    }

    /** The sentence that says, once, that every fact of a first run is new. */
    static final String FIRST_RUN = "First briefing of this database: every fact is new to it, so none is marked new.";
}
