package dev.briefing.processor.summary;

/** Whether an article reports news or speaks in the outlet's own voice. */
public enum ArticleKind {

    /** A report: positions are held by the people and bodies it quotes. */
    NEWS,

    /** An editorial or opinion piece: its own judgements are held by the outlet. */
    EDITORIAL
}
