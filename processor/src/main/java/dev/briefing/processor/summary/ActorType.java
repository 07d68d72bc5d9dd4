package dev.briefing.processor.summary;

/** What kind of actor holds a position or makes a commitment. */
public enum ActorType {
    PERSON, COUNTRY, ORGANIZATION, OUTLET, GROUP
}
