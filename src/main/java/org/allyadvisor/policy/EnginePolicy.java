package org.allyadvisor.policy;

/**
 * Limits that stop a rule set that runs wild. Each grows with the fact set: a base plus an
 * allowance per ally assessed, so a runaway in a small set is stopped at once and a large,
 * legitimate set still has room.
 *
 * @param ruleFirings rule firings allowed for one assessment; one more stops it
 */
public record EnginePolicy(Count ruleFirings) {

    /** A number of things allowed: {@code base + perAlly × allies}. */
    public record Count(int base, int perAlly) {

        public long forAllies(int allies) {
            return base + (long) perAlly * allies;
        }
    }
}
