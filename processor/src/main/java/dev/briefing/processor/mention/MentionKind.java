package dev.briefing.processor.mention;

/** What a mention names. */
public enum MentionKind {
    /** A person by name: "Fumio Kishida", "Mr Blair", "Kishida". */
    PERSON,
    /** A country by name, alias, demonym or capital standing for its government. */
    COUNTRY,
    /** An organisation by name or alias: "NATO", "the Labour Party", "Ministry of Defence". */
    ORGANIZATION,
    /** A described source: "officials", "a senior diplomat", "the Home Office spokeswoman". */
    GROUP
}
