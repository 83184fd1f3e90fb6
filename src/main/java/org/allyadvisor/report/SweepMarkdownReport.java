package org.allyadvisor.report;

import org.allyadvisor.results.Assessment;
import org.allyadvisor.sweep.AllySweep;
import org.allyadvisor.sweep.ItemSweep;
import org.allyadvisor.sweep.SweepResult;
import org.allyadvisor.sweep.Tornado;
import org.allyadvisor.sweep.TornadoRow;

/** A sweep as Markdown to paste into a brief; every name from facts or rules escaped. */
public final class SweepMarkdownReport {

    private SweepMarkdownReport() {}

    public static String render(SweepResult result) {
        StringBuilder md = new StringBuilder();
        String now =
                result.swept().now() == null
                        ? "a data gap"
                        : SweepWords.number(result.swept().now());
        md.append("# Flip points of ").append(Markdown.code(result.swept().name())).append("\n\n");
        context(result.factSet(), result.rules(), md);
        md.append("Range ")
                .append(Markdown.code(result.range().toString()))
                .append(", now ")
                .append(Markdown.text(now))
                .append(" (")
                .append(Markdown.text(result.rangeBasis()))
                .append("). ");
        if (!result.swept().note().isEmpty()) {
            md.append(Markdown.text(result.swept().note())).append(". ");
        }
        md.append("Found by search in ")
                .append(result.assessments())
                .append(" assessments; a value marked ~ was located " + "by bisection to within ")
                .append(SweepWords.number(result.precision()))
                .append(", the others are values " + "the rules compare with.\n\n");
        if (result.allies().isEmpty()) {
            md.append("No ally's advice flips over this range.\n");
            return md.toString();
        }
        md.append("| Ally | Rules | Advice | Now | Along the range | From the value now |\n");
        md.append("|---|---|---|---|---|---|\n");
        for (AllySweep ally : result.allies()) {
            for (ItemSweep item : ally.items()) {
                md.append("| ")
                        .append(Markdown.text(ally.id()))
                        .append(" | ")
                        .append(Markdown.text(String.join(", ", item.item().ruleIds())))
                        .append(" | ")
                        .append(Markdown.text(item.item().title()))
                        .append(" | ")
                        .append(SweepWords.state(item.now()))
                        .append(" | ")
                        .append(Markdown.code(SweepWords.numberLine(item)))
                        .append(" | ")
                        .append(Markdown.text(SweepWords.reading(item, result.swept())))
                        .append(" |\n");
            }
        }
        md.append("\n")
                .append(result.flips())
                .append(result.flips() == 1 ? " flip for " : " flips for ")
                .append(result.allies().size())
                .append(result.allies().size() == 1 ? " ally; " : " allies; ")
                .append(SweepTableReport.others(result.unchanged()))
                .append(" the same.\n");
        return md.toString();
    }

    public static String render(Tornado tornado) {
        StringBuilder md =
                new StringBuilder("# Which thresholds the advice is most sensitive to\n\n");
        context(tornado.factSet(), tornado.rules(), md);
        md.append("Each threshold tried within ±")
                .append(SweepWords.number(tornado.window().movePointRight(2)))
                .append(
                        " % of its value (a whole number: at least one step either side), by search in ")
                .append(tornado.assessments())
                .append(" assessments.\n\n");
        md.append(
                "| # | Threshold | Now | Window | Allies | Flips | Allies flipping below | Allies flipping above |\n");
        md.append("|---:|---|---:|---|---:|---:|---|---|\n");
        int rank = 0;
        for (TornadoRow row : tornado.rows()) {
            md.append("| ")
                    .append(++rank)
                    .append(" | ")
                    .append(Markdown.code(row.threshold()))
                    .append(" | ")
                    .append(SweepWords.number(row.now()))
                    .append(" | ")
                    .append(Markdown.code(row.window().toString()))
                    .append(" | ")
                    .append(row.allies())
                    .append(" | ")
                    .append(row.flips())
                    .append(" | ")
                    .append(Markdown.text(String.join(", ", row.alliesBelow())))
                    .append(" | ")
                    .append(Markdown.text(String.join(", ", row.alliesAbove())))
                    .append(" |\n");
        }
        return md.toString();
    }

    private static void context(
            Assessment.FactSetSummary facts, Assessment.RuleSetSummary rules, StringBuilder md) {
        md.append("Facts: ")
                .append(Markdown.text(FactsAndRules.facts(facts, "")))
                .append(". US support: ")
                .append(facts.usSupportLevel())
                .append(". Rules: ")
                .append(Markdown.text(FactsAndRules.rules(rules)))
                .append(".\n\n");
    }
}
