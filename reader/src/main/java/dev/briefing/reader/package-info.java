/**
 * Reading article files into {@link dev.briefing.reader.Article}s.
 *
 * <p>An article is read once, decoded to text, and never cleaned up here: character offsets that
 * later facts report point into {@link dev.briefing.reader.Article#text()} exactly as read, so an
 * analyst can find the sentence in the original. Decoding is chosen per file type through
 * {@link dev.briefing.reader.ArticleDecoder}, so new formats plug in without touching the reader.
 *
 * <p>A file that cannot be read as an article raises an
 * {@link dev.briefing.reader.ArticleReadException} naming the file and the reason; the step declares
 * it skippable and records it, so bad input is reported, never silently dropped.
 *
 * <p>This module is free of Spring wiring: it only implements Spring Batch's item contracts.
 */
@NullMarked
package dev.briefing.reader;

import org.jspecify.annotations.NullMarked;
