/**
 * Writing the briefing pack: {@code summaries.jsonl}, the Excel workbook and the PDF.
 *
 * <p>Writers own their resources: they open their file in {@code open()} and release it in
 * {@code close()}. They write to a temporary name beside the final one; the
 * {@link dev.briefing.writer.AtomicPackPublisher} moves the files into place only once every part
 * of the pack is complete, so a failed run never leaves a half-written pack, and the previous one
 * stays untouched.
 *
 * <p>This module is free of Spring wiring: it only implements Spring Batch's item contracts.
 */
@NullMarked
package dev.briefing.writer;

import org.jspecify.annotations.NullMarked;
