/**
 * The commitment layer: clauses that commit an actor to an action, with strength, timeframe and
 * who stated them, read over the attribution and reference layers.
 */
@NullMarked
package dev.briefing.processor.commitment;

import org.jspecify.annotations.NullMarked;
