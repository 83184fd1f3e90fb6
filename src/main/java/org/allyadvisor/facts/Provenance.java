package org.allyadvisor.facts;

import java.util.Locale;
import java.util.Objects;

/**
 * Where one fact value came from. A policy reader weighs a published figure, a figure computed from
 * published ones, and an analyst's judgement differently, so every value carries one of these into
 * the evidence of the advice that rests on it.
 *
 * @param kind sourced, derived, judgement, or given (stated in a fact file that declares no source)
 * @param source the publication a sourced value was read from, or the page a judgement's basis was
 *     read on; null when none is named
 * @param rule the written rule a derived value was computed by ({@code D1: ...}); null otherwise
 * @param basis a judgement's stated basis, in one sentence; null otherwise
 * @param caveat what a reader must know to use the value (a definition, what it leaves out); or
 *     null
 * @param at where the declaration or judgement is written ({@code facts/judgements-threat.csv:12}),
 *     or null
 */
public record Provenance(
        Kind kind, String source, String rule, String basis, String caveat, String at) {

    /** A value stated in a fact file with no declared origin. */
    public static final Provenance GIVEN = new Provenance(Kind.GIVEN, null, null, null, null, null);

    /** How a value came to be, in the three kinds SPEC §2 names plus values stated without any. */
    public enum Kind {
        /** read from a published table */
        SOURCED,
        /** computed from sourced values by a written rule */
        DERIVED,
        /** an analyst's value with a stated basis: not a published figure */
        JUDGEMENT,
        /** stated in a fact file that names no source for it */
        GIVEN;

        /** The kind as output writes it: {@code sourced}, {@code judgement}, ... */
        public String label() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    public Provenance {
        Objects.requireNonNull(kind, "kind");
    }

    public static Provenance sourced(String source, String caveat) {
        return new Provenance(Kind.SOURCED, source, null, null, caveat, null);
    }

    public static Provenance derived(String rule, String caveat) {
        return new Provenance(Kind.DERIVED, null, rule, null, caveat, null);
    }

    public static Provenance judgement(String basis, String source) {
        return new Provenance(Kind.JUDGEMENT, source, null, basis, null, null);
    }

    /** The same origin, written down at {@code where}. */
    public Provenance at(String where) {
        return new Provenance(kind, source, rule, basis, caveat, where);
    }

    public boolean isJudgement() {
        return kind == Kind.JUDGEMENT;
    }
}
