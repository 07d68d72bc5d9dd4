package dev.briefing.processor.reference;

import org.jspecify.annotations.Nullable;

/**
 * A title or honorific that stands before or beside a person's name.
 *
 * @param display how a briefing shows an abbreviated title ("Senator" for "Sen."), or empty to
 *                show the words as written
 * @param office  true for an office ("Prime Minister"), false for an honorific ("Mr", "Lord")
 * @param style   true for an honorific that stays in the name ("Lord Goldsmith", "Sir Menzies Campbell")
 * @param gender  the gender the word tells, or null
 */
public record Title(String display, boolean office, boolean style, @Nullable Gender gender) {
}
