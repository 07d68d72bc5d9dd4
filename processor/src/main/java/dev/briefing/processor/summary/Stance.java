package dev.briefing.processor.summary;

/** The polarity of a stated position. */
public enum Stance {

    /** Backing, praise, welcome, agreement. */
    SUPPORT,

    /** Worry, warning. */
    CONCERN,

    /** Condemnation, accusation, disapproval. */
    CRITICISM,

    /** Call, appeal, request, urging. */
    DEMAND,

    /** Denial, refusal. */
    REJECTION,

    /** A position with no clear polarity. */
    STATEMENT
}
