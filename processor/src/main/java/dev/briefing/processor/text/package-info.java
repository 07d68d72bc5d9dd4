/**
 * The text layer: one {@link dev.briefing.processor.text.ArticleDocument} per article, its body
 * split into paragraphs, sentences and tokens, with part-of-speech tags, lemmas and base chunks on
 * the sentences the later layers read, and its quotations.
 */
package dev.briefing.processor.text;
