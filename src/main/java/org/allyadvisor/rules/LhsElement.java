package org.allyadvisor.rules;

import java.util.List;

/**
 * One condition of a rule, as written: a pattern ({@code Ally( ... )}), a pattern over a source
 * ({@code from}, {@code accumulate}), a {@code not}, {@code exists}, {@code eval} or any other
 * element of the rule's {@code when} part, in order.
 *
 * @param index 0-based position in the rule's conditions
 * @param kind what sort of condition it is
 * @param text the condition as written, its spaces run together
 * @param type the fact type a pattern matches ({@code SpendingBelowFloor}), or the inner pattern's
 *     type for {@code not}/{@code exists}; empty for other conditions
 * @param binding the name the condition binds its fact to as written, or empty
 * @param tests the constraints that can fail, in order (patterns and accumulate results only)
 * @param file the rule file
 * @param line the condition's line
 * @param column its column, 1-based
 */
public record LhsElement(
        int index,
        Kind kind,
        String text,
        String type,
        String binding,
        List<LhsTest> tests,
        String file,
        int line,
        int column) {

    /**
     * The Drools construct a top-level condition element is, which decides how a miss of it is
     * explained.
     */
    public enum Kind {
        /** a fact pattern, possibly over a {@code from} source */
        PATTERN,
        /** {@code accumulate( ...; ...; result tests )} */
        ACCUMULATE,
        /** {@code not P(...)}: holds when no fact matches */
        NOT,
        /** {@code exists P(...)} */
        EXISTS,
        /** {@code eval(...)}, {@code or}, {@code forall}, ...: judged as a whole */
        OTHER
    }

    public LhsElement {
        tests = List.copyOf(tests);
    }

    /** The prefix of the names probes give the facts of conditions that bind none. */
    static final String UNNAMED_FACT = "$__e";

    /**
     * The name the probes bind this condition's fact to: the rule's own binding, or one they give
     * it; null for a condition that binds no single fact ({@code not}, {@code accumulate}, ...).
     */
    public String factName() {
        return kind != Kind.PATTERN ? null : binding.isEmpty() ? UNNAMED_FACT + index : binding;
    }

    /** {@code file:line:column}, as messages locate things. */
    public String at() {
        return file + ":" + line + ":" + column;
    }
}
