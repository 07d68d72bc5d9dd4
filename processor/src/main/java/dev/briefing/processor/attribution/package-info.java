/**
 * The attribution layer: cue, source and content of every attribution of an article ("X said (that)
 * C", "C, X said", "according to X", "X's call for C", quotations over several sentences).
 */
@NullMarked
package dev.briefing.processor.attribution;

import org.jspecify.annotations.NullMarked;
