package dev.briefing.processor.summary;

/** Checks shared by facts that point back to their sentence in the article text. */
final class Evidence {

    private Evidence() {
    }

    static void check(String sentence, int start, int end) {
        if (sentence == null || sentence.isBlank()) {
            throw new IllegalArgumentException("a fact needs the sentence it was found in");
        }
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad sentence offsets [%d, %d)".formatted(start, end));
        }
    }
}
