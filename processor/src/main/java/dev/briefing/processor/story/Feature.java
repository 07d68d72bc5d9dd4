package dev.briefing.processor.story;

/**
 * A feature of a {@link StoryKey} packed in one int: its kind in the top two bits, the hash of its
 * value in the next {@link #HASH_BITS}, and how often the article has it (up to 255) in the lowest
 * eight. Hashing keeps no dictionary of words in memory; two values sharing a hash (one chance in
 * four million for two given words) are counted as one, which shifts a weight a little and no more.
 */
final class Feature {

    static final int TERM = 0;

    static final int PERSON = 1;

    static final int ORGANIZATION = 2;

    static final int COUNTRY = 3;

    static final int HASH_BITS = 22;

    static final int HASH_MASK = (1 << HASH_BITS) - 1;

    private static final int COUNT_BITS = 8;

    private static final int MAX_COUNT = (1 << COUNT_BITS) - 1;

    private Feature() {
    }

    static int hash(int kind, String value) {
        int h = value.hashCode() * 0x9E3779B9 + kind;
        h ^= h >>> 16;
        h *= 0x85EBCA6B;
        h ^= h >>> 13;
        return h & HASH_MASK;
    }

    static int pack(int kind, int hash, int count) {
        return kind << (HASH_BITS + COUNT_BITS) | hash << COUNT_BITS | Math.min(count, MAX_COUNT);
    }

    /** The identity of a packed feature (its kind and hash, without its count), as a non-negative int. */
    static int id(int packed) {
        return packed >>> COUNT_BITS;
    }

    /** A copy of packed features in the order of their {@link #id}s, as sorted lists are merged. */
    static int[] sorted(int[] packed) {
        int[] sorted = packed.clone();
        for (int i = 0; i < sorted.length; i++) {
            sorted[i] ^= Integer.MIN_VALUE;
        }
        java.util.Arrays.sort(sorted);
        for (int i = 0; i < sorted.length; i++) {
            sorted[i] ^= Integer.MIN_VALUE;
        }
        return sorted;
    }

    static int kind(int packed) {
        return packed >>> (HASH_BITS + COUNT_BITS);
    }

    static int hash(int packed) {
        return packed >>> COUNT_BITS & HASH_MASK;
    }

    static int count(int packed) {
        return packed & MAX_COUNT;
    }
}
