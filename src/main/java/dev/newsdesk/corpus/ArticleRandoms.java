package dev.newsdesk.corpus;

import java.util.SplittableRandom;

/**
 * Random streams derived from (seed, article index, purpose), so every article is a pure function of the seed and
 * its index: generation can stream, run in any order, and regenerate one article without the others.
 */
final class ArticleRandoms {

    static final int COMPOSE = 1;
    static final int RENDER = 2;

    private ArticleRandoms() {
    }

    static SplittableRandom random(long seed, int index, int purpose) {
        return new SplittableRandom(mix(mix(seed) ^ mix(((long) index << 8) | purpose)));
    }

    /** The finalizer of MurmurHash3: spreads nearby inputs over the whole 64-bit range. */
    private static long mix(long value) {
        value ^= value >>> 33;
        value *= 0xff51afd7ed558ccdL;
        value ^= value >>> 33;
        value *= 0xc4ceb9fe1a85ec53L;
        value ^= value >>> 33;
        return value;
    }
}
