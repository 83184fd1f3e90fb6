package org.allyadvisor.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.allyadvisor.advice.Evidence;
import org.allyadvisor.advice.Priority;
import org.allyadvisor.facts.Provenance;
import org.allyadvisor.results.Action;
import org.allyadvisor.results.AllyAssessment;
import org.allyadvisor.results.Assessment;
import org.allyadvisor.results.Citation;
import org.allyadvisor.results.Coalition;
import org.allyadvisor.results.DataGap;
import org.allyadvisor.results.PortfolioEntry;
import org.allyadvisor.results.Risk;
import org.allyadvisor.text.Numbers;

/**
 * The assessment as a brief an analyst pastes into a document: a summary, the portfolio across
 * allies, each ally's actions with their rationale, evidence and the article's words, its risks and
 * data gaps, the coalition opportunities, and every analysts' judgement the advice rests on. Text
 * from facts and rules is escaped, so a name or rationale never turns into Markdown markup.
 */
public final class MarkdownReport {

    private MarkdownReport() {}

    public static String render(Assessment assessment) {
        StringBuilder md = new StringBuilder();
        heading(assessment, md);
        summary(assessment, md);
        portfolio(assessment.portfolio(), md);
        md.append("\n## Allies\n");
        for (AllyAssessment ally : assessment.allies()) {
            ally(ally, md);
        }
        coalitions(assessment.coalitions(), md);
        judgements(assessment, md);
        return md.toString();
    }

    private static void heading(Assessment assessment, StringBuilder md) {
        Assessment.FactSetSummary facts = assessment.factSet();
        md.append("# ")
                .append(Markdown.paragraph(facts.title().isEmpty() ? "Assessment" : facts.title()))
                .append("\n\n");
        md.append(String.join(" · ", FactsAndRules.inMarkdown(facts, assessment.rules())))
                .append("\n");
    }

    private static void summary(Assessment assessment, StringBuilder md) {
        List<Action> actions =
                assessment.allies().stream().flatMap(a -> a.actions().stream()).toList();
        long risks = assessment.allies().stream().mapToLong(a -> a.risks().size()).sum();
        Map<Priority, Long> byPriority = new TreeMap<>(java.util.Comparator.reverseOrder());
        actions.forEach(a -> byPriority.merge(a.priority(), 1L, Long::sum));
        List<String> counts = new ArrayList<>();
        byPriority.forEach((priority, n) -> counts.add(n + " " + priority));
        List<String> quiet =
                assessment.allies().stream()
                        .filter(a -> a.actions().isEmpty())
                        .map(AllyAssessment::id)
                        .toList();

        md.append("\n## Summary\n\n");
        md.append("- ")
                .append(assessment.allies().size())
                .append(assessment.allies().size() == 1 ? " ally" : " allies")
                .append(" reported: ")
                .append(actions.size())
                .append(actions.size() == 1 ? " action" : " actions")
                .append(counts.isEmpty() ? "" : " (" + String.join(", ", counts) + ")")
                .append(", ")
                .append(risks)
                .append(risks == 1 ? " risk, " : " risks, ")
                .append(assessment.coalitions().size())
                .append(" coalition ")
                .append(assessment.coalitions().size() == 1 ? "opportunity" : "opportunities")
                .append(".\n");
        if (!quiet.isEmpty()) {
            md.append("- No action for ")
                    .append(quiet.size())
                    .append(": ")
                    .append(Markdown.text(String.join(", ", quiet)))
                    .append(" (each section says which rules ran and found nothing).\n");
        }
        Map<String, Object> overrides = assessment.rules().overrides();
        if (!overrides.isEmpty()) {
            List<String> changed = new ArrayList<>();
            overrides.forEach(
                    (path, value) ->
                            changed.add(Markdown.code(path) + " " + Markdown.text(shown(value))));
            md.append("- Thresholds under ")
                    .append(assessment.factSet().usSupportLevel())
                    .append(": ")
                    .append(String.join(", ", changed))
                    .append(".\n");
        }
        switch (assessment.factSet().judgements()) {
            case NONE ->
                    md.append(
                            "- No analysts' judgements among the facts: every value is sourced, derived or given.\n");
            case EXCLUDED ->
                    md.append(
                            "- Analysts' judgements left out: the advice rests on sourced and derived values alone.\n");
            case INCLUDED ->
                    md.append("- ")
                            .append(
                                    actions.stream()
                                            .filter(a -> a.evidence().restsOnJudgement())
                                            .count())
                            .append(" of ")
                            .append(actions.size())
                            .append(
                                    " actions rest on an analysts' judgement, not a published figure (marked *judged*; listed under "
                                            + "[Judgements used](#judgements-used)).\n");
        }
        md.append("- ")
                .append(
                        Markdown.text(
                                TableReport.SCORE_LEGEND.replace(
                                        " (each score's arithmetic: --format json)", "")))
                .append("; each action below shows its own.\n");
    }

    private static void portfolio(List<PortfolioEntry> portfolio, StringBuilder md) {
        if (portfolio.isEmpty()) {
            return;
        }
        md.append("\n## Portfolio\n\nEvery action across allies, most urgent first.\n\n");
        md.append("| # | Priority | Score | Ally | Action |\n|---:|---|---:|---|---|\n");
        for (int i = 0; i < portfolio.size(); i++) {
            PortfolioEntry entry = portfolio.get(i);
            md.append("| ")
                    .append(i + 1)
                    .append(" | ")
                    .append(entry.priority())
                    .append(" | ")
                    .append(score(entry.score()))
                    .append(" | ")
                    .append(Markdown.text(entry.ally()))
                    .append(" | ")
                    .append(Markdown.text(entry.title()))
                    .append(" |\n");
        }
    }

    private static void ally(AllyAssessment ally, StringBuilder md) {
        md.append("\n### ")
                .append(Markdown.text(ally.id() + " — " + ally.name()))
                .append(" (")
                .append(Markdown.text(ally.region()))
                .append(")\n");
        if (ally.actions().isEmpty()) {
            md.append("\n")
                    .append(
                            ally.quietRules().isEmpty()
                                    ? "No actions: no rule could be evaluated (see the data gaps).\n"
                                    : "No actions: "
                                            + Markdown.text(String.join(", ", ally.quietRules()))
                                            + " ran and found nothing to advise"
                                            + (ally.dataGaps().isEmpty()
                                                    ? ".\n"
                                                    : "; the rules named under data gaps could not run.\n"));
        }
        for (Action action : ally.actions()) {
            action(action, md);
        }
        if (!ally.risks().isEmpty()) {
            md.append("\n**Risks**\n\n");
            for (Risk risk : ally.risks()) {
                md.append("- **")
                        .append(risk.level())
                        .append("** ")
                        .append(risk.kind())
                        .append(" (")
                        .append(Markdown.text(risk.ruleId()))
                        .append(", score ")
                        .append(score(risk.score()))
                        .append(risk.evidence().restsOnJudgement() ? ", *judged*" : "")
                        .append("): ")
                        .append(Markdown.text(risk.rationale()))
                        .append("\n");
            }
        }
        if (!ally.dataGaps().isEmpty()) {
            md.append("\n**Data gaps**: ");
            List<String> gaps = new ArrayList<>();
            for (DataGap gap : ally.dataGaps()) {
                gaps.add(
                        Markdown.code(gap.field())
                                + " (kept "
                                + Markdown.text(String.join(", ", gap.rules()))
                                + " from running)");
            }
            md.append(String.join("; ", gaps)).append(".\n");
        }
    }

    private static void action(Action action, StringBuilder md) {
        String indent = "   "; // under the list item's number
        List<String> paragraphs = new ArrayList<>();
        paragraphs.add(
                action.rank()
                        + ". **"
                        + Markdown.text(action.title())
                        + "** — "
                        + action.priority()
                        + ", score "
                        + score(action.score())
                        + ", "
                        + action.category()
                        + ", "
                        + Markdown.text(String.join(", ", action.ruleIds()))
                        + (action.evidence().restsOnJudgement() ? ", *judged*" : ""));
        paragraphs.add(indent + Markdown.paragraph(action.rationale()));
        paragraphs.add(indent + "Evidence: " + evidence(action.evidence()) + ".");
        paragraphs.add(indent + "Score: " + Markdown.text(action.scoring().formula()) + ".");
        for (Citation citation : action.citations()) {
            paragraphs.add(
                    indent
                            + "> "
                            + Markdown.paragraph(citation.source().passage())
                            + "\n"
                            + indent
                            + ">\n"
                            + indent
                            + "> — "
                            + Markdown.text(citation.ruleId())
                            + ", "
                            + Markdown.code(citation.rule().file() + ":" + citation.rule().line())
                            + ", encoding the article's “"
                            + Markdown.text(citation.source().recommendation())
                            + "”");
        }
        md.append("\n").append(String.join("\n\n", paragraphs)).append("\n");
    }

    /**
     * Each value the rules compared, and where a fact value came from when it was not simply given.
     */
    private static String evidence(Evidence evidence) {
        List<String> parts = new ArrayList<>();
        evidence.values()
                .forEach(
                        (name, value) -> {
                            Provenance origin = evidence.origins().get(name);
                            String from =
                                    origin == null || origin.kind() == Provenance.Kind.GIVEN
                                            ? ""
                                            : " ("
                                                    + origin.kind().label()
                                                    + (origin.source() != null
                                                            ? ": " + origin.source()
                                                            : origin.rule() != null
                                                                    ? " by " + origin.rule()
                                                                    : "")
                                                    + ")";
                            parts.add(
                                    Markdown.code(name)
                                            + " = "
                                            + Markdown.text(shown(value) + from));
                        });
        return String.join("; ", parts);
    }

    private static void coalitions(List<Coalition> coalitions, StringBuilder md) {
        if (coalitions.isEmpty()) {
            return;
        }
        md.append(
                "\n## Coalition opportunities\n\n| Region | Capability | Allies | Rule | Why |\n|---|---|---|---|---|\n");
        for (Coalition coalition : coalitions) {
            md.append("| ")
                    .append(Markdown.text(coalition.region()))
                    .append(" | ")
                    .append(Markdown.text(coalition.capability()))
                    .append(" | ")
                    .append(Markdown.text(String.join(" with ", coalition.members())))
                    .append(" | ")
                    .append(Markdown.text(coalition.ruleId()))
                    .append(" | ")
                    .append(Markdown.text(coalition.rationale()))
                    .append(" |\n");
        }
    }

    /**
     * Every judgement the reported advice rests on, once, with its basis: never mistaken for a
     * published figure.
     */
    private static void judgements(Assessment assessment, StringBuilder md) {
        List<HtmlBrief.JudgementUsed> used = HtmlBrief.judgementsUsed(assessment);
        if (used.isEmpty()) {
            return;
        }
        md.append(
                "\n## Judgements used\n\nAnalysts' judgements on stated public bases, not sourced figures.\n\n");
        md.append("| Ally | Fact | Value | Basis | Source |\n|---|---|---|---|---|\n");
        for (HtmlBrief.JudgementUsed judgement : used) {
            md.append("| ")
                    .append(Markdown.text(judgement.ally()))
                    .append(" | ")
                    .append(Markdown.text(judgement.fact()))
                    .append(" | ")
                    .append(Markdown.text(judgement.value()))
                    .append(" | ")
                    .append(Markdown.text(judgement.basis()))
                    .append(" | ")
                    .append(Markdown.text(judgement.source()))
                    .append(" |\n");
        }
    }

    private static String shown(Object value) {
        if (value instanceof Number number) {
            return Numbers.plain(number.doubleValue());
        }
        return String.valueOf(value);
    }

    private static String score(double score) {
        return String.format(Locale.ROOT, "%.1f", score);
    }
}
