package org.allyadvisor.trace;

import java.util.List;

/**
 * One row of the traceability matrix: a passage, the rules that encode it, and what they raised on
 * the facts assessed.
 *
 * @param rules the rules whose {@code @passage} quotes it, in catalogue order; empty when none does
 * @param raised what those rules raised together (an action two of them ask for counted once)
 */
public record PassageTrace(Passage passage, List<Encoding> rules, Raised raised) {

    public PassageTrace {
        rules = List.copyOf(rules);
    }

    /** A rule that encodes the passage, and whether it quotes all of it or part. */
    public record Encoding(TracedRule rule, Coverage coverage) {}

    public boolean isEncoded() {
        return !rules.isEmpty();
    }

    /**
     * A passage that gives something a rule could encode (not a heading) and that no rule does: a
     * gap of the encoding.
     */
    public boolean isGap() {
        return !passage.isHeading() && rules.isEmpty();
    }
}
