/**
 * The reference layer: which person, country, organisation or described source each mention,
 * description ("the alliance", "the minister") and pronoun of an article stands for.
 */
@NullMarked
package dev.briefing.processor.coreference;

import org.jspecify.annotations.NullMarked;
