package org.allyadvisor.report;

import java.util.List;
import java.util.Locale;
import org.allyadvisor.results.Assessment;
import org.allyadvisor.uncertainty.Firmness;
import org.allyadvisor.uncertainty.Stability;

/**
 * A study of uncertainty as a terminal table: per ally, each action with how firm it is, its rank
 * interval and the priorities it held; then the portfolio's firm priorities and its toss-ups.
 */
public final class StabilityTableReport {

    private StabilityTableReport() {}

    public static String render(Stability stability) {
        StringBuilder text = new StringBuilder();
        heading(stability, text);
        for (Stability.AllyStability ally : stability.allies()) {
            text.append('\n');
            ally(ally, stability.variants(), text);
        }
        portfolio(stability, text);
        return text.toString();
    }

    private static void heading(Stability stability, StringBuilder text) {
        Assessment.FactSetSummary facts = stability.baseline().factSet();
        text.append(FactsAndRules.facts(facts, "Assessment"))
                .append('\n')
                .append(FactsAndRules.supportAndRules(facts, stability.baseline().rules()));
        TextWrap.wrap(
                "How firm is the advice: "
                        + stability.variants()
                        + " variants (seed "
                        + stability.seed()
                        + "), each value drawn uniformly within its declared range",
                "    ",
                text);
        if (stability.ranges().isEmpty()) {
            TextWrap.wrap(
                    "No range is declared for any value the reported allies have, so every variant is the"
                            + " facts as given: declare ranges in an uncertainty section (README, \"How firm is the advice?\")",
                    "    ",
                    text);
        } else {
            text.append("Ranges:\n");
            stability
                    .ranges()
                    .forEach(
                            range ->
                                    TextWrap.wrap(
                                            "  " + StabilityWords.range(range), "    ", text));
        }
        TextWrap.wrap(StabilityWords.LEGEND, "    ", text);
    }

    private static void ally(Stability.AllyStability ally, int variants, StringBuilder text) {
        TableReport.allyHeading(ally.id(), ally.name(), ally.region(), text);
        if (ally.actions().isEmpty()) {
            text.append("  No actions in any variant.\n");
        } else {
            int titleWidth =
                    TableReport.width(
                            "ACTION",
                            ally.actions().stream().map(Stability.ActionStability::title));
            text.append(
                    String.format(
                            Locale.ROOT,
                            "  %2s  %-8s  %5s  %-8s  %8s  %6s  %-5s  %-" + titleWidth + "s  %s\n",
                            "#",
                            "PRIORITY",
                            "SCORE",
                            "FIRMNESS",
                            "AS GIVEN",
                            "HELD",
                            "RANK",
                            "ACTION",
                            "PRIORITIES HELD"));
            for (Stability.ActionStability action : ally.actions()) {
                Stability.Baseline b = action.baseline();
                text.append(
                        String.format(
                                Locale.ROOT,
                                "  %2s  %-8s  %5s  %-8s  %8s  %6s  %-5s  %-"
                                        + titleWidth
                                        + "s  %s\n",
                                b == null ? "-" : Integer.toString(b.rank()),
                                b == null ? "(none)" : b.priority(),
                                b == null ? "-" : String.format(Locale.ROOT, "%.1f", b.score()),
                                action.firmness().label(),
                                StabilityWords.share(action.asGiven(), variants),
                                StabilityWords.share(action.held(), variants),
                                StabilityWords.ranks(action.rank()),
                                action.title(),
                                StabilityWords.mix(action.priorities(), variants)));
            }
        }
        for (Stability.RiskStability risk : ally.risks()) {
            String given =
                    risk.baselineLevel() == null
                            ? "not on the facts as given"
                            : risk.baselineLevel();
            TextWrap.wrap(
                    "  Risk "
                            + risk.kind()
                            + " ("
                            + risk.ruleId()
                            + "): "
                            + given
                            + "; "
                            + risk.firmness().label()
                            + ", as given in "
                            + StabilityWords.share(risk.asGiven(), variants)
                            + " of variants; held "
                            + StabilityWords.mix(risk.levels(), variants),
                    "    ",
                    text);
        }
    }

    private static void portfolio(Stability stability, StringBuilder text) {
        List<Stability.PortfolioStability> portfolio = stability.portfolio();
        if (portfolio.isEmpty()) {
            return;
        }
        int variants = stability.variants();
        text.append("\nHow firm is the portfolio: of ")
                .append(portfolio.size())
                .append(" priorities, ")
                .append(StabilityWords.portfolioCounts(portfolio))
                .append('\n');
        for (Firmness shown : List.of(Firmness.TOSS_UP, Firmness.UNLIKELY, Firmness.LIKELY)) {
            List<Stability.PortfolioStability> of =
                    portfolio.stream().filter(p -> p.firmness() == shown).toList();
            if (of.isEmpty()) {
                continue;
            }
            text.append(
                    switch (shown) {
                        case TOSS_UP -> "Toss-ups: the priority holds in 35% to 65% of variants\n";
                        case UNLIKELY -> "Unlikely: the priority holds in under 35% of variants\n";
                        default ->
                                "Likely: the priority holds in over 65% and under 95% of variants\n";
                    });
            for (Stability.PortfolioStability p : of) {
                text.append(
                        String.format(
                                Locale.ROOT,
                                "  %-8s  %5.1f  %s  %-6s  %s  (place %s)\n",
                                p.priority(),
                                p.score(),
                                p.ally(),
                                StabilityWords.share(p.asGiven(), variants),
                                p.title(),
                                StabilityWords.ranks(p.place())));
            }
        }
        List<Stability.Raised> raised = stability.raisedByVariants();
        if (!raised.isEmpty()) {
            text.append("Not on the facts as given, but raised by 35% of variants or more\n");
            for (Stability.Raised r : raised) {
                text.append(
                        String.format(
                                Locale.ROOT,
                                "  %-8s  %s  %-6s  %s\n",
                                r.action().firmness().label(),
                                r.ally(),
                                StabilityWords.share(r.action().held(), variants),
                                r.action().title()
                                        + " ("
                                        + StabilityWords.mix(r.action().priorities(), variants)
                                        + ")"));
            }
        }
    }
}
