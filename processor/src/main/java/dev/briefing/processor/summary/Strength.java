package dev.briefing.processor.summary;

/** How firmly an actor commits to an action. */
public enum Strength {

    /** Will, pledged, decided, agreed. */
    FIRM,

    /** Plans, a strategy that includes. */
    PLANNED,

    /** Intends, aims, confirmed its intention. */
    INTENT,

    /** Will consider, may, explore. */
    TENTATIVE,

    /** Only if a condition holds. */
    CONDITIONAL
}
