-- Briefing's own tables, beside Spring Batch's. Created if missing at every start.
CREATE TABLE IF NOT EXISTS BRIEFING_ARTICLE (
    JOB_INSTANCE_ID BIGINT NOT NULL,
    FILE_NAME VARCHAR(1024) NOT NULL,
    ARTICLE_ID VARCHAR(1024) NOT NULL,
    SHA256 CHAR(64),
    SKIP_REASON VARCHAR(4000),
    SUMMARY_JSON TEXT NOT NULL,
    STAGED_AT TIMESTAMP DEFAULT CURRENT_TIMESTAMP NOT NULL,
    CONSTRAINT BRIEFING_ARTICLE_PK PRIMARY KEY (JOB_INSTANCE_ID, FILE_NAME)
);

-- The story profile of a summarised article (its headline, lead and content words, as JSON), staged
-- with its summary for the story step and the pack; null for a skipped input.
ALTER TABLE BRIEFING_ARTICLE ADD COLUMN IF NOT EXISTS STORY_PROFILE TEXT;

-- Recognises content briefed before, in this run or an earlier one.
CREATE INDEX IF NOT EXISTS BRIEFING_ARTICLE_SHA256 ON BRIEFING_ARTICLE (SHA256);

-- The story each summarised article belongs to, and its rank, set by the story step: a narrow table of
-- its own, since updating a staged row would rewrite its summary with it. Earlier versions kept them
-- in columns of BRIEFING_ARTICLE, and an index to update them by, both unused now.
CREATE TABLE IF NOT EXISTS BRIEFING_STORY (
    JOB_INSTANCE_ID BIGINT NOT NULL,
    ARTICLE_ID VARCHAR(1024) NOT NULL,
    STORY_ID VARCHAR(1100) NOT NULL,
    STORY_RANK INTEGER NOT NULL,
    CONSTRAINT BRIEFING_STORY_PK PRIMARY KEY (JOB_INSTANCE_ID, ARTICLE_ID)
);
DROP INDEX IF EXISTS BRIEFING_ARTICLE_RUN_ARTICLE;
-- How well the article represents its story (1 alone in it): its most central article gives the
-- story its headline and lead.
ALTER TABLE BRIEFING_STORY ADD COLUMN IF NOT EXISTS CENTRALITY DOUBLE PRECISION DEFAULT 1 NOT NULL;

-- The facts (commitments and positions) each run reported, by the SHA-256 of their key, so that a
-- run can mark the facts no earlier completed run reported as new.
CREATE TABLE IF NOT EXISTS BRIEFING_FACT (
    JOB_INSTANCE_ID BIGINT NOT NULL,
    FACT_KEY CHAR(64) NOT NULL
);
-- A run records each of its facts once, however many of its articles report it: the index finds
-- a fact of a run, and the runs that reported a fact, without reading every report of it.
DROP INDEX IF EXISTS BRIEFING_FACT_KEY;
CREATE INDEX IF NOT EXISTS BRIEFING_FACT_KEY_RUN ON BRIEFING_FACT (FACT_KEY, JOB_INSTANCE_ID);
CREATE INDEX IF NOT EXISTS BRIEFING_FACT_RUN ON BRIEFING_FACT (JOB_INSTANCE_ID);
