package org.allyadvisor.policy;

/**
 * Limits that stop a rule set that runs wild. Each grows with the fact set: a base plus an
 * allowance per ally assessed, so a runaway in a small set is stopped at once and a large,
 * legitimate set still has room.
 *
 * @param ruleFirings rule firings allowed for one assessment; one more stops it
 * @param facts facts allowed in working memory at once, given and inserted by the rules
 * @param deadlineSeconds wall-clock seconds the rules of one assessment may take
 */
public record EnginePolicy(Count ruleFirings, Count facts, Seconds deadlineSeconds) {

    /** A number of things allowed: {@code base + perAlly × allies}. */
    public record Count(int base, int perAlly) {

        public long forAllies(int allies) {
            return base + (long) perAlly * allies;
        }
    }

    /** A time allowed, in seconds: {@code base + perAlly × allies}. */
    public record Seconds(double base, double perAlly) {

        public double forAllies(int allies) {
            return base + perAlly * allies;
        }
    }
}
