/**
 * The mention layer: where an article names people (with their titles), countries, organisations
 * and described sources ("officials", "a senior diplomat"), read from the text layer's tokens,
 * tags and chunks.
 */
@NullMarked
package dev.briefing.processor.mention;

import org.jspecify.annotations.NullMarked;
