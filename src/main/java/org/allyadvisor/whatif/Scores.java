package org.allyadvisor.whatif;

import java.util.Locale;

/**
 * Scores as every report shows them: to one decimal, so a change too small to show is no change.
 */
final class Scores {

    private Scores() {}

    /** The score in tenths, as shown. */
    static long shown(double score) {
        return Math.round(score * 10);
    }

    static String text(double score) {
        return String.format(Locale.ROOT, "%.1f", score);
    }
}
