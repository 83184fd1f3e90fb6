package org.allyadvisor.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.allyadvisor.results.Action;
import org.allyadvisor.results.Assessment;
import org.allyadvisor.whatif.ActionChange;
import org.allyadvisor.whatif.Comparison;
import org.allyadvisor.whatif.RiskChange;

/**
 * The words every what-if format shares, so that the table, Markdown and CSV say a change alike.
 */
final class WhatIfText {

    private WhatIfText() {}

    /** {@code gained}, {@code lost}, {@code changed}. */
    static String change(ActionChange.Change change) {
        return change.name().toLowerCase(Locale.ROOT);
    }

    /**
     * An action as one side shows it: {@code #2 HIGH 64.3}; empty for the side it is missing from.
     */
    static String side(Action action) {
        return action == null
                ? ""
                : "#" + action.rank() + " " + action.priority() + " " + score(action.score());
    }

    /**
     * What changed of an action kept: {@code HIGH → CRITICAL}, {@code #3 → #2}, {@code 64.3 →
     * 71.0}.
     */
    static String what(ActionChange change) {
        if (change.change() != ActionChange.Change.CHANGED) {
            return change.action().priority() + " " + score(change.action().score());
        }
        List<String> parts = new ArrayList<>();
        if (change.priorityChanged()) {
            parts.add(change.before().priority() + " → " + change.after().priority());
        }
        if (change.rankChanged()) {
            parts.add("#" + change.before().rank() + " → #" + change.after().rank());
        }
        if (change.scoreChanged()) {
            parts.add(score(change.before().score()) + " → " + score(change.after().score()));
        }
        return String.join(", ", parts);
    }

    /**
     * A risk change: {@code gained HIGH RISK-1 STRETCHED_CAPACITY}, {@code changed RISK-2 ... HIGH
     * → CRITICAL}.
     */
    static String risk(RiskChange change) {
        return switch (change.change()) {
            case GAINED, LOST ->
                    change(change.change()) + " " + change.risk().level() + " " + change.label();
            case CHANGED ->
                    "changed "
                            + change.label()
                            + " "
                            + change.before().level()
                            + " → "
                            + change.after().level();
        };
    }

    static String score(double score) {
        return String.format(Locale.ROOT, "%.1f", score);
    }

    /** What the variant is: its changes, or that it runs other rules. */
    static String changes(Comparison comparison) {
        return comparison.variant().changes().isEmpty()
                ? "the facts as given"
                : String.join("; ", comparison.variant().changes());
    }

    /** {@code title (as of date)}. */
    static String facts(Assessment assessment) {
        return FactsAndRules.facts(assessment.factSet(), "the facts");
    }

    /** {@code built-in (sha256 efab7256199a)}. */
    static String rules(Assessment assessment) {
        return FactsAndRules.rules(assessment.rules());
    }

    /** {@code 3 allies changed, 44 unchanged}. */
    static String counts(Comparison comparison) {
        int changed = comparison.changed().size();
        return changed
                + (changed == 1 ? " ally" : " allies")
                + " changed, "
                + comparison.unchanged()
                + " unchanged";
    }
}
