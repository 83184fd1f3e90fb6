package org.allyadvisor.rules;

/**
 * A diagnostic query made from a rule's own conditions: the rule's first {@code element} conditions
 * in full, then condition {@code element} with only its first {@code tests} tests (its bindings
 * kept). Run after the rules have fired, it says how far the rule's conditions hold. {@code
 * blockers} marks the positive form of a {@code not} condition: the facts that block it.
 *
 * @param name the query's name in the probe rule base
 * @param rule the name of the rule it probes
 * @param element 0-based index of the condition it ends with
 * @param tests how many of that condition's tests it keeps
 * @param blockers whether it is the positive form of a {@code not}
 */
public record Probe(String name, String rule, int element, int tests, boolean blockers) {

    /**
     * The prefix of the name a blockers probe binds the blocking fact to, followed by the
     * condition's index.
     */
    public static final String BLOCKER = "$__b";
}
