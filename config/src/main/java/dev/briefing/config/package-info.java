/**
 * Wiring: the briefing job and its steps, remote partitioning over a JMS broker, the job
 * repository's database, and the typed {@code briefing.*} properties.
 *
 * <p>Configuration classes only wire beans: what a step does lives in the reader, processor and
 * writer modules. Paths and dates come from job parameters ({@link
 * dev.briefing.config.BriefingJobParameters}) and from {@link dev.briefing.config.BriefingProperties},
 * never from code.
 *
 * <p>Summaries are staged in the {@code BRIEFING_ARTICLE} table, keyed by job instance (the run)
 * and file name, inside the chunk transaction that also saves the reader's position: a restarted
 * extraction neither loses nor duplicates an article.
 */
@NullMarked
package dev.briefing.config;

import org.jspecify.annotations.NullMarked;
