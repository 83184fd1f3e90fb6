package org.allyadvisor.uncertainty;

import java.util.SplittableRandom;

/**
 * The random numbers of each variant, from the study's seed and the variant's number alone: a
 * variant draws the same values whichever thread assesses it and in whatever order, so a seed gives
 * the same report on one core or on many.
 */
final class VariantSeeds {

    private final long seed;

    VariantSeeds(long seed) {
        this.seed = seed;
    }

    /** The generator of variant {@code index} (0-based). */
    SplittableRandom of(int index) {
        return new SplittableRandom(mix(seed ^ mix(index + 0x9E3779B97F4A7C15L)));
    }

    /**
     * Stafford's mix13, the finaliser of SplitMix64: neighbouring inputs give unrelated outputs.
     */
    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
