/**
 * Stories across outlets: articles that report the same event, grouped by the TF-IDF similarity of
 * their content words and participants and clustered by group average, with their facts merged so
 * that the same commitment or position reported by two outlets is one fact with two sources (its
 * corroboration), each source with its own sentence.
 *
 * <p>Grouping works on compact {@link dev.briefing.processor.story.StoryKey}s (hashed features packed
 * in ints), not on whole summaries, so that a run of a hundred thousand articles groups in bounded
 * memory; a story's facts are merged only when its articles are read back together. The word
 * knowledge it uses (stopwords, paraphrases, page furniture, datelines, abbreviations) lives in the
 * {@code story-*.tsv} reference files, each saying where its entries come from.
 */
@NullMarked
package dev.briefing.processor.story;

import org.jspecify.annotations.NullMarked;
