package org.allyadvisor.report;

import org.allyadvisor.whatif.ActionChange;
import org.allyadvisor.whatif.AllyDifference;
import org.allyadvisor.whatif.Comparison;
import org.allyadvisor.whatif.RiskChange;
import org.allyadvisor.whatif.RuleSetDifference;
import org.allyadvisor.whatif.WhatIfResult;

/**
 * A what-if as a brief to paste into a document: the baseline, how the rules differ when they do,
 * then per variant the one-line summary of each ally it changes and a table of the changed actions.
 * Text from facts, rules and the scenario is escaped.
 */
public final class WhatIfMarkdownReport {

    private WhatIfMarkdownReport() {}

    public static String render(WhatIfResult result) {
        StringBuilder md = new StringBuilder();
        md.append("# What if: ").append(Markdown.text(result.title())).append("\n\n");
        md.append("Baseline: ")
                .append(Markdown.text(WhatIfText.facts(result.baseline())))
                .append(", US support ")
                .append(result.baseline().factSet().usSupportLevel())
                .append(", rules ")
                .append(Markdown.code(WhatIfText.rules(result.baseline())))
                .append(".\n");
        if (result.rules() != null) {
            rules(result.rules(), md);
        }
        for (Comparison comparison : result.comparisons()) {
            variant(comparison, md);
        }
        return md.toString();
    }

    private static void rules(RuleSetDifference rules, StringBuilder md) {
        md.append("\n## Rules compared: ")
                .append(Markdown.code(rules.before()))
                .append(" → ")
                .append(Markdown.code(rules.after()))
                .append("\n\n");
        if (rules.isEmpty()) {
            md.append("No rule and no threshold differs.\n");
            return;
        }
        md.append("Rules that differ:")
                .append(rules.rules().isEmpty() ? " none" : "")
                .append("\n\n");
        rules.rules()
                .forEach(
                        rule ->
                                md.append("- ")
                                        .append(Markdown.text(rule.toString()))
                                        .append('\n'));
        md.append("\nThresholds that differ:")
                .append(rules.thresholds().isEmpty() ? " none" : "")
                .append("\n\n");
        rules.thresholds()
                .forEach(t -> md.append("- ").append(Markdown.text(t.toString())).append('\n'));
    }

    private static void variant(Comparison comparison, StringBuilder md) {
        md.append("\n## ").append(Markdown.text(comparison.variant().name())).append("\n\n");
        md.append("Changes: ")
                .append(Markdown.text(WhatIfText.changes(comparison)))
                .append(". Assessed under US support ")
                .append(comparison.after().factSet().usSupportLevel())
                .append(" with rules ")
                .append(Markdown.code(WhatIfText.rules(comparison.after())))
                .append(". ")
                .append(WhatIfText.counts(comparison))
                .append(".\n");
        if (comparison.changed().isEmpty()) {
            return;
        }
        md.append('\n');
        comparison
                .changed()
                .forEach(
                        ally -> md.append("- ").append(Markdown.text(ally.summary())).append('\n'));
        for (AllyDifference ally : comparison.changed()) {
            md.append("\n### ").append(Markdown.text(ally.id() + " " + ally.name())).append("\n\n");
            if (!ally.actions().isEmpty()) {
                md.append("| change | action | before | after | title |\n|---|---|---|---|---|\n");
                for (ActionChange change : ally.actions()) {
                    md.append("| ")
                            .append(WhatIfText.change(change.change()))
                            .append(" | ")
                            .append(Markdown.text(change.label()))
                            .append(" | ")
                            .append(Markdown.text(WhatIfText.side(change.before())))
                            .append(" | ")
                            .append(Markdown.text(WhatIfText.side(change.after())))
                            .append(" | ")
                            .append(Markdown.text(change.action().title()))
                            .append(" |\n");
                }
            }
            if (!ally.risks().isEmpty()) {
                md.append(ally.actions().isEmpty() ? "" : "\n");
                for (RiskChange risk : ally.risks()) {
                    md.append("- Risk ").append(Markdown.text(WhatIfText.risk(risk))).append('\n');
                }
            }
        }
    }
}
