package dev.briefing.processor.story;

/** What the briefing pack is made of, in the order it is written: stories, then skipped inputs. */
public sealed interface PackEntry permits Story, SkippedInput {
}
