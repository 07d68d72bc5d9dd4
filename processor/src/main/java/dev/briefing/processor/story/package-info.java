/**
 * Stories across outlets: articles that report the same event, grouped by shared participants,
 * close dates and shared key terms, with their facts merged so that the same commitment or
 * position reported by two outlets is one fact with two sources (its corroboration).
 *
 * <p>Grouping works on compact {@link dev.briefing.processor.story.StoryKey}s, not on whole
 * summaries, so that a run of a hundred thousand articles groups in bounded memory; a story's facts
 * are merged only when its articles are read back together.
 */
@NullMarked
package dev.briefing.processor.story;

import org.jspecify.annotations.NullMarked;
