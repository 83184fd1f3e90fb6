package org.allyadvisor.report;

import org.allyadvisor.results.Assessment;
import org.allyadvisor.sweep.AllySweep;
import org.allyadvisor.sweep.ItemSweep;
import org.allyadvisor.sweep.SweepResult;
import org.allyadvisor.sweep.Tornado;
import org.allyadvisor.sweep.TornadoRow;

/**
 * A sweep as a terminal reads it: per ally, each piece of advice that flips, its number line and a
 * sentence from the value now.
 */
public final class SweepTableReport {

    private SweepTableReport() {}

    public static String render(SweepResult result) {
        StringBuilder text = new StringBuilder();
        String now =
                result.swept().now() == null
                        ? "a data gap"
                        : SweepWords.number(result.swept().now());
        TextWrap.wrap(
                "Flip points of "
                        + result.swept().name()
                        + " over "
                        + result.range()
                        + " (now "
                        + now
                        + "; range: "
                        + result.rangeBasis()
                        + ")",
                "    ",
                text);
        if (!result.swept().note().isEmpty()) {
            TextWrap.wrap("Note: " + result.swept().note(), "    ", text);
        }
        header(result.factSet(), result.rules(), text);
        TextWrap.wrap(
                "Found by search in "
                        + result.assessments()
                        + " assessments: a flip on a value the rules compare with "
                        + "is exact; one marked ~ was located by bisection, to within "
                        + SweepWords.number(result.precision())
                        + ". Read \"none <= 1.3 < HIGH\" as: no such advice up to 1.3, HIGH above it.",
                "    ",
                text);
        text.append('\n');
        for (AllySweep ally : result.allies()) {
            text.append(ally.id()).append("  ").append(ally.name()).append('\n');
            for (ItemSweep item : ally.items()) {
                String rules =
                        item.item().ruleIds().isEmpty()
                                ? ""
                                : String.join(", ", item.item().ruleIds()) + "  ";
                text.append("  ")
                        .append(rules)
                        .append(item.item().title())
                        .append("  (now ")
                        .append(SweepWords.state(item.now()))
                        .append(")\n");
                TextWrap.wrap("    " + SweepWords.numberLine(item), "      ", text);
                String reading = SweepWords.reading(item, result.swept());
                if (!reading.isEmpty()) {
                    TextWrap.wrap("    " + reading, "      ", text);
                }
            }
        }
        text.append(
                        result.allies().isEmpty()
                                ? "No ally's advice flips over " + result.range() + "."
                                : result.flips()
                                        + (result.flips() == 1 ? " flip" : " flips")
                                        + " for "
                                        + result.allies().size()
                                        + (result.allies().size() == 1 ? " ally" : " allies")
                                        + "; "
                                        + others(result.unchanged())
                                        + " the same over "
                                        + result.range()
                                        + ".")
                .append('\n');
        return text.toString();
    }

    /** "1 other ally's advice stays", "3 other allies' advice stays". */
    static String others(int unchanged) {
        return unchanged + (unchanged == 1 ? " other ally's" : " other allies'") + " advice stays";
    }

    public static String render(Tornado tornado) {
        StringBuilder text = new StringBuilder();
        TextWrap.wrap(
                "Thresholds ranked by how many allies' advice flips within ±"
                        + SweepWords.number(tornado.window().movePointRight(2))
                        + " % of each (a whole number: at least one step "
                        + "either side; cut to what the thresholds' checks allow)",
                "    ",
                text);
        header(tornado.factSet(), tornado.rules(), text);
        TextWrap.wrap(
                "Found by search in "
                        + tornado.assessments()
                        + " assessments. Flips near a threshold mean the "
                        + "advice there rests on where that line is drawn; `sweep --threshold NAME` shows each flip.",
                "    ",
                text);
        text.append('\n');
        text.append(
                String.format(
                        "%4s  %-44s %9s  %-15s %6s %6s%n",
                        "#", "THRESHOLD", "NOW", "WINDOW", "ALLIES", "FLIPS"));
        int rank = 0;
        for (TornadoRow row : tornado.rows()) {
            rank++;
            text.append(
                    String.format(
                            "%4d  %-44s %9s  %-15s %6d %6d%n",
                            rank,
                            row.threshold(),
                            SweepWords.number(row.now()),
                            row.window().toString(),
                            row.allies(),
                            row.flips()));
            if (!row.alliesBelow().isEmpty()) {
                TextWrap.wrap(
                        "        below: " + String.join(" ", row.alliesBelow()),
                        "               ",
                        text);
            }
            if (!row.alliesAbove().isEmpty()) {
                TextWrap.wrap(
                        "        above: " + String.join(" ", row.alliesAbove()),
                        "               ",
                        text);
            }
        }
        return text.toString();
    }

    private static void header(
            Assessment.FactSetSummary facts, Assessment.RuleSetSummary rules, StringBuilder text) {
        text.append("Facts: ")
                .append(FactsAndRules.facts(facts, ""))
                .append('\n')
                .append(FactsAndRules.supportAndRules(facts, rules));
    }
}
