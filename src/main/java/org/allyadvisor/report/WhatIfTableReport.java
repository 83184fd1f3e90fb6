package org.allyadvisor.report;

import java.util.Locale;
import org.allyadvisor.whatif.ActionChange;
import org.allyadvisor.whatif.AllyDifference;
import org.allyadvisor.whatif.Comparison;
import org.allyadvisor.whatif.RiskChange;
import org.allyadvisor.whatif.RuleSetDifference;
import org.allyadvisor.whatif.WhatIfResult;

/**
 * A what-if for the terminal: the baseline, then each variant with a one-line summary per ally it
 * changes and the changed actions and risks of each; allies it leaves as they were are counted.
 */
public final class WhatIfTableReport {

    private static final String ROW = "   %-8s %-18s %-18s %-6s %-8s %s%n";

    private WhatIfTableReport() {}

    public static String render(WhatIfResult result) {
        StringBuilder text = new StringBuilder();
        text.append("What if: ").append(result.title()).append('\n');
        text.append("Baseline: ")
                .append(WhatIfText.facts(result.baseline()))
                .append("; US support ")
                .append(result.baseline().factSet().usSupportLevel())
                .append("; rules ")
                .append(WhatIfText.rules(result.baseline()))
                .append('\n');
        if (result.rules() != null) {
            rules(result.rules(), text);
        }
        int n = 0;
        for (Comparison comparison : result.comparisons()) {
            n++;
            text.append('\n');
            variant(n, comparison, text);
        }
        return text.toString();
    }

    private static void rules(RuleSetDifference rules, StringBuilder text) {
        text.append("Rules compared: ")
                .append(rules.before())
                .append(" → ")
                .append(rules.after())
                .append('\n');
        if (rules.isEmpty()) {
            text.append("  No rule and no threshold differs.\n");
            return;
        }
        text.append("  Rules that differ:")
                .append(rules.rules().isEmpty() ? " none" : "")
                .append('\n');
        rules.rules().forEach(rule -> text.append("    ").append(rule).append('\n'));
        text.append("  Thresholds that differ:")
                .append(rules.thresholds().isEmpty() ? " none" : "")
                .append('\n');
        rules.thresholds().forEach(threshold -> text.append("    ").append(threshold).append('\n'));
    }

    private static void variant(int n, Comparison comparison, StringBuilder text) {
        text.append("Variant ")
                .append(n)
                .append(": ")
                .append(comparison.variant().name())
                .append('\n');
        text.append("  Changes: ").append(WhatIfText.changes(comparison)).append('\n');
        text.append("  Assessed under US support ")
                .append(comparison.after().factSet().usSupportLevel())
                .append(" with rules ")
                .append(WhatIfText.rules(comparison.after()))
                .append('\n');
        text.append("  ").append(WhatIfText.counts(comparison)).append('\n');
        comparison.changed().forEach(ally -> text.append("  ").append(ally.summary()).append('\n'));
        for (AllyDifference ally : comparison.changed()) {
            text.append('\n')
                    .append("  ")
                    .append(ally.id())
                    .append("  ")
                    .append(ally.name())
                    .append('\n');
            if (!ally.actions().isEmpty()) {
                text.append(
                        String.format(
                                Locale.ROOT,
                                ROW,
                                "CHANGE",
                                "BEFORE",
                                "AFTER",
                                "SCORE",
                                "ACTION",
                                "TITLE"));
                for (ActionChange change : ally.actions()) {
                    text.append(
                            String.format(
                                    Locale.ROOT,
                                    ROW,
                                    WhatIfText.change(change.change()),
                                    orDash(WhatIfText.side(change.before())),
                                    orDash(WhatIfText.side(change.after())),
                                    score(change),
                                    change.label(),
                                    change.action().title()));
                }
            }
            for (RiskChange risk : ally.risks()) {
                text.append("   Risk ").append(WhatIfText.risk(risk)).append('\n');
            }
        }
    }

    private static String score(ActionChange change) {
        return switch (change.change()) {
            case GAINED -> "+" + WhatIfText.score(change.after().score());
            case LOST -> "-" + WhatIfText.score(change.before().score());
            // the difference of the scores as shown, so that 64.3 → 71.0 reads +6.7 whatever the
            // digits beyond
            case CHANGED ->
                    signed(
                            Math.round(change.after().score() * 10)
                                    - Math.round(change.before().score() * 10));
        };
    }

    /** A difference in tenths as shown: {@code +6.7}, {@code -2.4}, {@code ±0.0}. */
    private static String signed(long tenths) {
        return tenths == 0 ? "±0.0" : String.format(Locale.ROOT, "%+.1f", tenths / 10.0);
    }

    private static String orDash(String side) {
        return side.isEmpty() ? "-" : side;
    }
}
