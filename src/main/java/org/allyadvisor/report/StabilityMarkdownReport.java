package org.allyadvisor.report;

import java.util.List;
import java.util.Locale;
import org.allyadvisor.results.Assessment;
import org.allyadvisor.uncertainty.Firmness;
import org.allyadvisor.uncertainty.Stability;

/**
 * A study of uncertainty as a Markdown brief: how the variants were drawn and why, the portfolio's
 * firm priorities and toss-ups, then each ally's actions with how firm each is. Text from facts and
 * rules is escaped.
 */
public final class StabilityMarkdownReport {

    private StabilityMarkdownReport() {}

    public static String render(Stability stability) {
        StringBuilder md = new StringBuilder();
        Assessment.FactSetSummary facts = stability.baseline().factSet();
        md.append("# How firm is the advice: ")
                .append(Markdown.paragraph(facts.title().isEmpty() ? "Assessment" : facts.title()))
                .append("\n\n");
        List<String> about = FactsAndRules.inMarkdown(facts, stability.baseline().rules());
        about.add(stability.variants() + " variants, seed " + stability.seed());
        md.append(String.join(" · ", about)).append("\n\n");
        md.append(
                "Each variant draws every value that has a declared range uniformly within it, and is assessed"
                        + " like the facts as given.\n");
        ranges(stability, md);
        md.append('\n').append(Markdown.paragraph(StabilityWords.LEGEND)).append('\n');
        portfolio(stability, md);
        md.append("\n## Allies\n");
        for (Stability.AllyStability ally : stability.allies()) {
            ally(ally, stability.variants(), md);
        }
        return md.toString();
    }

    private static void ranges(Stability stability, StringBuilder md) {
        md.append("\n## Ranges\n\n");
        if (stability.ranges().isEmpty()) {
            md.append(
                    "No range is declared for any value of the reported allies: every variant is the facts as given.\n");
            return;
        }
        for (Stability.RangeUsed range : stability.ranges()) {
            md.append("- ").append(Markdown.paragraph(StabilityWords.range(range))).append('\n');
        }
    }

    private static void portfolio(Stability stability, StringBuilder md) {
        List<Stability.PortfolioStability> portfolio = stability.portfolio();
        md.append("\n## How firm is the portfolio\n\n");
        if (portfolio.isEmpty()) {
            md.append("No action on the facts as given.\n");
            return;
        }
        md.append("Of ")
                .append(portfolio.size())
                .append(" priorities: ")
                .append(StabilityWords.portfolioCounts(portfolio))
                .append(".\n");
        List<Stability.PortfolioStability> notFirm =
                portfolio.stream().filter(p -> p.firmness() != Firmness.FIRM).toList();
        raised(stability, md);
        if (notFirm.isEmpty()) {
            return;
        }
        md.append(
                "\n| firmness | ally | priority | score | as given | place | action |\n|---|---|---|---:|---:|---|---|\n");
        for (Firmness shown : List.of(Firmness.TOSS_UP, Firmness.UNLIKELY, Firmness.LIKELY)) {
            for (Stability.PortfolioStability p : notFirm) {
                if (p.firmness() == shown) {
                    md.append("| ")
                            .append(p.firmness().label())
                            .append(" | ")
                            .append(Markdown.text(p.ally()))
                            .append(" | ")
                            .append(p.priority())
                            .append(" | ")
                            .append(String.format(Locale.ROOT, "%.1f", p.score()))
                            .append(" | ")
                            .append(StabilityWords.share(p.asGiven(), stability.variants()))
                            .append(" | ")
                            .append(StabilityWords.ranks(p.place()))
                            .append(" | ")
                            .append(Markdown.text(p.title()))
                            .append(" |\n");
                }
            }
        }
    }

    private static void raised(Stability stability, StringBuilder md) {
        List<Stability.Raised> raised = stability.raisedByVariants();
        if (raised.isEmpty()) {
            return;
        }
        md.append("\nNot on the facts as given, but raised by 35% of variants or more:\n\n");
        for (Stability.Raised r : raised) {
            md.append("- ")
                    .append(Markdown.text(r.ally()))
                    .append(": ")
                    .append(Markdown.text(r.action().title()))
                    .append(" — ")
                    .append(r.action().firmness().label())
                    .append(", raised in ")
                    .append(StabilityWords.share(r.action().held(), stability.variants()))
                    .append(" (")
                    .append(StabilityWords.mix(r.action().priorities(), stability.variants()))
                    .append(")\n");
        }
    }

    private static void ally(Stability.AllyStability ally, int variants, StringBuilder md) {
        md.append("\n### ")
                .append(Markdown.text(ally.id()))
                .append(" — ")
                .append(Markdown.text(ally.name()))
                .append(" (")
                .append(Markdown.text(ally.region()))
                .append(")\n\n");
        if (ally.actions().isEmpty()) {
            md.append("No actions in any variant.\n");
        } else {
            md.append(
                    "| # | priority | score | firmness | as given | held | rank | action | priorities held |\n"
                            + "|---:|---|---:|---|---:|---:|---|---|---|\n");
            for (Stability.ActionStability action : ally.actions()) {
                Stability.Baseline b = action.baseline();
                md.append("| ")
                        .append(b == null ? "–" : Integer.toString(b.rank()))
                        .append(" | ")
                        .append(b == null ? "not as given" : b.priority())
                        .append(" | ")
                        .append(b == null ? "–" : String.format(Locale.ROOT, "%.1f", b.score()))
                        .append(" | ")
                        .append(action.firmness().label())
                        .append(" | ")
                        .append(StabilityWords.share(action.asGiven(), variants))
                        .append(" | ")
                        .append(StabilityWords.share(action.held(), variants))
                        .append(" | ")
                        .append(StabilityWords.ranks(action.rank()))
                        .append(" | ")
                        .append(Markdown.text(action.title()))
                        .append(" | ")
                        .append(StabilityWords.mix(action.priorities(), variants))
                        .append(" |\n");
            }
        }
        if (!ally.risks().isEmpty()) {
            md.append('\n');
        }
        for (Stability.RiskStability risk : ally.risks()) {
            md.append("- Risk ")
                    .append(risk.kind())
                    .append(" (")
                    .append(Markdown.text(risk.ruleId()))
                    .append("): ")
                    .append(
                            risk.baselineLevel() == null
                                    ? "not on the facts as given"
                                    : risk.baselineLevel())
                    .append("; ")
                    .append(risk.firmness().label())
                    .append(", as given in ")
                    .append(StabilityWords.share(risk.asGiven(), variants))
                    .append(" of variants; held ")
                    .append(StabilityWords.mix(risk.levels(), variants))
                    .append('\n');
        }
    }
}
