package org.allyadvisor.uncertainty;

import java.util.Locale;

/**
 * How firm a piece of advice is: the share of variants in which it holds as the assessment of the
 * facts as given has it (an action at its priority, a risk at its level; an action the given facts
 * do not raise, absent).
 */
public enum Firmness {
    /** holds in 95% of variants or more */
    FIRM,
    /** holds in more than 65% and less than 95% */
    LIKELY,
    /** holds in 35% to 65%: a toss-up */
    TOSS_UP,
    /** holds in less than 35%: the variants mostly disagree with the facts as given */
    UNLIKELY;

    public static final double FIRM_FROM = 0.95;
    public static final double TOSS_UP_FROM = 0.35;
    public static final double TOSS_UP_TO = 0.65;

    public static Firmness of(int held, int variants) {
        // integer arithmetic, so that a share at a boundary (95 of 100) is classed the same on
        // every machine
        long h = held;
        long n = variants;
        if (h * 100 >= n * 95) {
            return FIRM;
        }
        if (h * 100 > n * 65) {
            return LIKELY;
        }
        return h * 100 >= n * 35 ? TOSS_UP : UNLIKELY;
    }

    /** As output writes it: {@code firm}, {@code likely}, {@code toss-up}, {@code unlikely}. */
    public String label() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
