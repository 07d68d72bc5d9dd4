/**
 * The position layer: stated positions from the attribution layer's attributions, and an
 * editorial's own judgements.
 */
@NullMarked
package dev.briefing.processor.position;

import org.jspecify.annotations.NullMarked;
