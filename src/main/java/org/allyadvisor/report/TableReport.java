package org.allyadvisor.report;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.allyadvisor.advice.Evidence;
import org.allyadvisor.results.Action;
import org.allyadvisor.results.AllyAssessment;
import org.allyadvisor.results.Assessment;
import org.allyadvisor.results.Coalition;
import org.allyadvisor.results.DataGap;
import org.allyadvisor.results.PortfolioEntry;
import org.allyadvisor.results.Risk;
import org.allyadvisor.text.Numbers;

/**
 * The assessment as a plain-text table for a terminal: a heading, one block per ally (actions,
 * risks, data gaps), the coalition opportunities and the most urgent actions across allies. The
 * full explanations are in the JSON output and in {@code explain}.
 */
public final class TableReport {

    /** How many portfolio entries the table shows; the JSON has them all. */
    static final int PORTFOLIO_ROWS = 10;

    /** What a score is made of, said once; the JSON shows each score's own arithmetic. */
    static final String SCORE_LEGEND =
            "Score = 100 × severity × threat × US support × distance past the line"
                    + " (each score's arithmetic: --format json)";

    private TableReport() {}

    public static String render(Assessment assessment) {
        StringBuilder text = new StringBuilder();
        heading(assessment, text);
        judgements(assessment, text);
        Set<DataGap> shared = sharedGaps(assessment.allies());
        if (!shared.isEmpty()) {
            TextWrap.wrap(
                    "Data gaps of every ally (the rules they kept from being evaluated): "
                            + gaps(shared),
                    "    ",
                    text);
        }
        for (AllyAssessment ally : assessment.allies()) {
            text.append('\n');
            ally(ally, shared, text);
        }
        coalitions(assessment.coalitions(), text);
        portfolio(assessment.portfolio(), text);
        return text.toString();
    }

    private static void heading(Assessment assessment, StringBuilder text) {
        Assessment.FactSetSummary facts = assessment.factSet();
        text.append(FactsAndRules.facts(facts, "Assessment"))
                .append('\n')
                .append(FactsAndRules.supportAndRules(facts, assessment.rules()));
        Map<String, Object> overrides = assessment.rules().overrides();
        if (!overrides.isEmpty()) {
            List<String> changed = new ArrayList<>();
            overrides.forEach(
                    (path, value) ->
                            changed.add(
                                    path
                                            + " "
                                            + (value instanceof Number number
                                                    ? Numbers.plain(number.doubleValue())
                                                    : value)));
            TextWrap.wrap(
                    "Thresholds under "
                            + facts.usSupportLevel()
                            + ": "
                            + String.join(", ", changed),
                    "    ",
                    text);
        }
        text.append(SCORE_LEGEND).append('\n');
    }

    /**
     * Says whether analysts' judgements are in play and how much of the advice rests on them, so a
     * reader never takes a judgement for a published figure.
     */
    private static void judgements(Assessment assessment, StringBuilder text) {
        switch (assessment.factSet().judgements()) {
            case NONE -> {}
            case EXCLUDED ->
                    TextWrap.wrap(
                            "Analysts' judgements: left out (--without-judgements); the advice rests on sourced "
                                    + "and derived values alone.",
                            "    ",
                            text);
            case INCLUDED -> {
                List<Evidence> actions =
                        assessment.allies().stream()
                                .flatMap(a -> a.actions().stream())
                                .map(Action::evidence)
                                .toList();
                List<Evidence> risks =
                        assessment.allies().stream()
                                .flatMap(a -> a.risks().stream())
                                .map(Risk::evidence)
                                .toList();
                Set<String> judged = new java.util.TreeSet<>();
                java.util.stream.Stream.concat(actions.stream(), risks.stream())
                        .forEach(e -> judged.addAll(e.judgements()));
                TextWrap.wrap(
                        "Analysts' judgements (not published figures): "
                                + count(actions)
                                + " of "
                                + actions.size()
                                + " actions and "
                                + count(risks)
                                + " of "
                                + risks.size()
                                + " risks rest on one"
                                + (judged.isEmpty() ? "" : " (" + String.join(", ", judged) + ")")
                                + ", marked \"judged\" below; "
                                + judgedScores(assessment)
                                + " --without-judgements shows the advice without them.",
                        "    ",
                        text);
            }
        }
    }

    /** How many allies' scores weigh a threat level that is a judgement: it orders their advice. */
    private static String judgedScores(Assessment assessment) {
        long allies =
                assessment.allies().stream()
                        .filter(
                                a ->
                                        java.util.stream.Stream.concat(
                                                        a.actions().stream().map(Action::scoring),
                                                        a.risks().stream().map(Risk::scoring))
                                                .anyMatch(
                                                        org.allyadvisor.results.Scoring
                                                                ::threatJudged))
                        .count();
        return allies == 0
                ? ""
                : "the scores of "
                        + allies
                        + " allies weigh a judged threat level (marked \"score weighs\").";
    }

    private static long count(List<Evidence> evidence) {
        return evidence.stream().filter(Evidence::restsOnJudgement).count();
    }

    /**
     * {@code ; judged: threat.level} after the rules of advice that rests on a judgement, or a note
     * that its score does: the threat weight orders advice even where the condition reads no
     * judgement.
     */
    private static String judged(Evidence evidence, org.allyadvisor.results.Scoring scoring) {
        List<String> judged = evidence.judgements();
        if (judged.isEmpty()) {
            return scoring.threatJudged() ? "; score weighs a judged threat level" : "";
        }
        return "; judged: " + String.join(", ", judged);
    }

    /**
     * The gaps every reported ally has alike, said once rather than once per ally; none for a
     * single ally.
     */
    private static Set<DataGap> sharedGaps(List<AllyAssessment> allies) {
        if (allies.size() < 2) {
            return Set.of();
        }
        Set<DataGap> shared = new LinkedHashSet<>(allies.get(0).dataGaps());
        allies.forEach(ally -> shared.retainAll(ally.dataGaps()));
        return shared;
    }

    /** The line an ally's block opens with: its id, name and [region], two spaces apart. */
    static void allyHeading(String id, String name, String region, StringBuilder text) {
        text.append(id).append("  ").append(name).append("  [").append(region).append("]\n");
    }

    /** The width of a column: its widest cell, or its header when that is wider. */
    static int width(String header, Stream<String> cells) {
        return Math.max(header.length(), cells.mapToInt(String::length).max().orElse(0));
    }

    private static String gaps(Collection<DataGap> gaps) {
        List<String> parts = new ArrayList<>();
        for (DataGap gap : gaps) {
            parts.add(gap.field() + " (" + String.join(", ", gap.rules()) + ")");
        }
        return String.join("; ", parts);
    }

    private static void ally(AllyAssessment ally, Set<DataGap> shared, StringBuilder text) {
        allyHeading(ally.id(), ally.name(), ally.region(), text);
        if (ally.actions().isEmpty()) {
            TextWrap.wrap(
                    ally.quietRules().isEmpty()
                            ? "  No actions: no rule could be evaluated (see the data gaps)."
                            : "  No actions: "
                                    + String.join(", ", ally.quietRules())
                                    + " ran and found nothing to advise"
                                    + (ally.dataGaps().isEmpty()
                                            ? "."
                                            : "; the rules named under data gaps could not run."),
                    "    ",
                    text);
        } else {
            int titleWidth = width("ACTION", ally.actions().stream().map(Action::title));
            text.append(
                    String.format(
                            Locale.ROOT,
                            "  %2s  %-8s  %5s  %-" + titleWidth + "s  %s\n",
                            "#",
                            "PRIORITY",
                            "SCORE",
                            "ACTION",
                            "RULES"));
            for (Action action : ally.actions()) {
                text.append(
                        String.format(
                                Locale.ROOT,
                                "  %2d  %-8s  %5.1f  %-" + titleWidth + "s  %s\n",
                                action.rank(),
                                action.priority(),
                                action.score(),
                                action.title(),
                                String.join(", ", action.ruleIds())
                                        + judged(action.evidence(), action.scoring())));
            }
        }
        for (Risk risk : ally.risks()) {
            TextWrap.wrap(
                    "  Risk "
                            + risk.level()
                            + " "
                            + risk.kind()
                            + " ("
                            + risk.ruleId()
                            + judged(risk.evidence(), risk.scoring())
                            + "): "
                            + risk.rationale(),
                    "    ",
                    text);
        }
        List<DataGap> own = ally.dataGaps().stream().filter(gap -> !shared.contains(gap)).toList();
        if (!own.isEmpty()) {
            TextWrap.wrap(
                    "  Data gaps"
                            + (shared.isEmpty() ? ": " : " besides those of every ally: ")
                            + gaps(own),
                    "    ",
                    text);
        }
    }

    private static void coalitions(List<Coalition> coalitions, StringBuilder text) {
        if (coalitions.isEmpty()) {
            return;
        }
        text.append("\nCoalition opportunities\n");
        for (Coalition coalition : coalitions) {
            text.append(
                    String.format(
                            Locale.ROOT,
                            "  %-15s %-15s %s (%s)\n",
                            coalition.region(),
                            coalition.capability(),
                            String.join(" with ", coalition.members()),
                            coalition.ruleId()));
        }
    }

    private static void portfolio(List<PortfolioEntry> portfolio, StringBuilder text) {
        if (portfolio.isEmpty()) {
            return;
        }
        int shown = Math.min(PORTFOLIO_ROWS, portfolio.size());
        text.append("\nPortfolio: the ")
                .append(shown)
                .append(" most urgent of ")
                .append(portfolio.size())
                .append(" actions across allies\n");
        for (int i = 0; i < shown; i++) {
            PortfolioEntry entry = portfolio.get(i);
            text.append(
                    String.format(
                            Locale.ROOT,
                            "  %2d  %-8s  %5.1f  %s  %s\n",
                            i + 1,
                            entry.priority(),
                            entry.score(),
                            entry.ally(),
                            entry.title()));
        }
    }
}
