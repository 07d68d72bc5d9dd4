/**
 * The summary of an article: the facts the processor found in it, each linked back to its sentence.
 *
 * <p>These records are the contract of {@code summaries.jsonl} (see the project's
 * {@code summaries-jsonl.md}): their component names are its field names, so a component may be
 * added but never renamed or removed. Records validate in their compact constructors and copy their
 * lists, so a summary once built cannot be changed behind the writer's back.
 */
@NullMarked
package dev.briefing.processor.summary;

import org.jspecify.annotations.NullMarked;
