package dev.briefing.processor.text;

/**
 * Remembers, per thread, the offset of the last sentence a layer read from an {@link ArticleDocument},
 * so that a layer that fails can be reported with the sentence it was reading.
 */
public final class SentenceTracker {

    private static final ThreadLocal<int[]> LAST = ThreadLocal.withInitial(() -> new int[] {-1});

    private SentenceTracker() {
    }

    static void read(Sentence sentence) {
        LAST.get()[0] = sentence.start();
    }

    /** The text offset of the last sentence read on this thread, or -1 when none was read. */
    public static int lastOffset() {
        return LAST.get()[0];
    }

    /** Forgets the last sentence read, before a layer starts. */
    public static void reset() {
        LAST.get()[0] = -1;
    }
}
