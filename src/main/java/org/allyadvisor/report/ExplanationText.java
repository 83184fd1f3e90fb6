package org.allyadvisor.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.allyadvisor.advice.Evidence;
import org.allyadvisor.facts.Provenance;
import org.allyadvisor.results.Action;
import org.allyadvisor.results.Coalition;
import org.allyadvisor.results.DataGap;
import org.allyadvisor.results.Explanation;
import org.allyadvisor.results.Explanation.Classification;
import org.allyadvisor.results.Explanation.ExplainedAction;
import org.allyadvisor.results.Explanation.ExplainedRisk;
import org.allyadvisor.results.Explanation.Miss;
import org.allyadvisor.results.Explanation.Observation;
import org.allyadvisor.results.Explanation.RuleTrail;
import org.allyadvisor.results.Explanation.WhyNot;
import org.allyadvisor.results.Risk;
import org.allyadvisor.results.RuleRef;
import org.allyadvisor.results.Scoring;

/**
 * An explanation as text for a terminal: the ally, each action and risk with the rules behind it
 * (file and line, passage, the classifications they matched), its evidence with where each fact
 * came from, and the score's arithmetic; then, for every catalogue rule that gave the ally nothing,
 * the missing facts or the condition that failed, with the values it compared.
 */
public final class ExplanationText {

    private ExplanationText() {}

    public static String render(Explanation explanation) {
        StringBuilder text = new StringBuilder();
        Explanation.AllyRef ally = explanation.ally();
        TableReport.allyHeading(ally.id(), ally.name(), ally.region(), text);
        text.append(FactsAndRules.facts(explanation.factSet(), "Facts"))
                .append('\n')
                .append(FactsAndRules.supportAndRules(explanation.factSet(), explanation.rules()));

        text.append('\n')
                .append(
                        explanation.actions().isEmpty()
                                ? "Actions: none"
                                : count(explanation.actions().size(), "action"))
                .append('\n');
        for (ExplainedAction action : explanation.actions()) {
            action(action, text);
        }
        text.append('\n')
                .append(
                        explanation.risks().isEmpty()
                                ? "Risks: none"
                                : count(explanation.risks().size(), "risk"))
                .append('\n');
        for (ExplainedRisk risk : explanation.risks()) {
            risk(risk, text);
        }
        if (!explanation.coalitions().isEmpty()) {
            text.append('\n')
                    .append(count(explanation.coalitions().size(), "coalition opportunity"))
                    .append('\n');
            for (Coalition coalition : explanation.coalitions()) {
                TextWrap.wrap(
                        "  "
                                + coalition.ruleId()
                                + " "
                                + coalition.region()
                                + " "
                                + coalition.capability()
                                + " "
                                + String.join(" + ", coalition.members())
                                + ": "
                                + coalition.rationale(),
                        "    ",
                        text);
                TextWrap.wrap("    " + cite(coalition.rule()), "      ", text);
            }
        }
        if (!explanation.dataGaps().isEmpty()) {
            text.append('\n')
                    .append(
                            "Data gaps (the facts missing, and the rules they kept from being evaluated)\n");
            for (DataGap gap : explanation.dataGaps()) {
                TextWrap.wrap(
                        "  " + gap.field() + ": " + String.join(", ", gap.rules()), "    ", text);
            }
        }
        text.append('\n')
                .append("Why not: ")
                .append(count(explanation.whyNot().size(), "catalogue rule"))
                .append(" gave ")
                .append(ally.id())
                .append(" nothing\n");
        for (WhyNot whyNot : explanation.whyNot()) {
            whyNot(whyNot, text);
        }
        return text.toString();
    }

    private static void action(ExplainedAction explained, StringBuilder text) {
        Action action = explained.action();
        TextWrap.wrap(
                String.format(
                        java.util.Locale.ROOT,
                        "  %d  %s  %.1f  %s",
                        action.rank(),
                        action.priority(),
                        action.score(),
                        action.title()),
                "      ",
                text);
        TextWrap.wrap("     why: " + action.rationale(), "       ", text);
        for (RuleTrail trail : explained.trails()) {
            trail(trail, text);
        }
        evidence(action.evidence(), text);
        TextWrap.wrap("     score: " + action.scoring().formula(), "       ", text);
    }

    private static void risk(ExplainedRisk explained, StringBuilder text) {
        Risk risk = explained.risk();
        TextWrap.wrap(
                String.format(
                        java.util.Locale.ROOT,
                        "  %s  %.1f  %s",
                        risk.level(),
                        risk.score(),
                        risk.kind()),
                "      ",
                text);
        TextWrap.wrap("     why: " + risk.rationale(), "       ", text);
        trail(explained.trail(), text);
        evidence(risk.evidence(), text);
        Scoring scoring = risk.scoring();
        TextWrap.wrap("     score: " + scoring.formula(), "       ", text);
    }

    private static void trail(RuleTrail trail, StringBuilder text) {
        TextWrap.wrap("     " + trail.ruleId() + "  " + cite(trail.rule()), "       ", text);
        TextWrap.wrap("       passage: \"" + trail.source().passage() + "\"", "         ", text);
        for (Classification classification : trail.classifications()) {
            TextWrap.wrap(
                    "       matched "
                            + classification(classification)
                            + (classification.by() == null
                                    ? ""
                                    : ", derived by " + cite(classification.by())),
                    "         ",
                    text);
        }
    }

    private static String classification(Classification classification) {
        List<String> fields = new ArrayList<>();
        classification
                .fields()
                .forEach(
                        (name, value) -> {
                            String shown = TextWords.value(value);
                            if (!shown.isBlank()) {
                                fields.add(name + "=" + shown.strip());
                            }
                        });
        return classification.type() + "(" + String.join(", ", fields) + ")";
    }

    /**
     * Facts with where each came from, then thresholds, computed values and the distance past the
     * line.
     */
    private static void evidence(Evidence evidence, StringBuilder text) {
        List<String> facts = new ArrayList<>();
        List<String> thresholds = new ArrayList<>();
        List<String> computed = new ArrayList<>();
        for (Map.Entry<String, Object> entry : evidence.values().entrySet()) {
            String name = entry.getKey();
            String value = TextWords.value(entry.getValue());
            if (name.startsWith("threshold.")) {
                thresholds.add(name.substring("threshold.".length()) + " = " + value);
            } else if (name.startsWith("derived.")
                    || name.startsWith("distance.")
                    || name.startsWith("scenario.")) {
                computed.add(name + " = " + value);
            } else {
                Provenance origin = evidence.origins().get(name);
                facts.add(
                        name + " = " + value + (origin == null ? "" : " (" + origin(origin) + ")"));
            }
        }
        if (!facts.isEmpty()) {
            TextWrap.wrap("     facts: " + String.join("; ", facts), "       ", text);
        }
        if (!thresholds.isEmpty()) {
            TextWrap.wrap("     thresholds: " + String.join("; ", thresholds), "       ", text);
        }
        if (!computed.isEmpty()) {
            TextWrap.wrap("     computed: " + String.join("; ", computed), "       ", text);
        }
    }

    private static String origin(Provenance origin) {
        String backing =
                origin.source() != null
                        ? origin.source()
                        : origin.rule() != null ? origin.rule() : origin.basis();
        return origin.kind().label() + (backing == null ? "" : ": " + backing);
    }

    private static void whyNot(WhyNot whyNot, StringBuilder text) {
        if (!whyNot.missingFacts().isEmpty()) {
            TextWrap.wrap(
                    "  "
                            + whyNot.ruleId()
                            + "  not evaluated: "
                            + String.join(", ", whyNot.missingFacts())
                            + (whyNot.missingFacts().size() == 1 ? " is" : " are")
                            + " missing (a data gap)",
                    "      ",
                    text);
            return;
        }
        for (Miss miss : whyNot.rules()) {
            TextWrap.wrap(
                    "  "
                            + whyNot.ruleId()
                            + "  "
                            + cite(miss.rule())
                            + (miss.as() == null ? "" : ", with the ally as its " + miss.as()),
                    "      ",
                    text);
            miss(miss, "     ", text);
        }
    }

    private static void miss(Miss miss, String indent, StringBuilder text) {
        switch (miss.kind()) {
            case NO_FACT -> {
                TextWrap.wrap(
                        indent + miss.at() + ": no match for " + miss.condition(),
                        indent + "  ",
                        text);
                for (Miss because : miss.because()) {
                    TextWrap.wrap(
                            indent
                                    + "  it is derived by "
                                    + cite(because.rule())
                                    + ", which fails:",
                            indent + "    ",
                            text);
                    miss(because, indent + "    ", text);
                }
            }
            case BLOCKED -> {
                List<String> blockers = miss.observed().stream().map(Observation::fact).toList();
                TextWrap.wrap(
                        indent
                                + miss.at()
                                + ": "
                                + miss.condition()
                                + " fails: it matches "
                                + String.join(", ", blockers),
                        indent + "  ",
                        text);
            }
            case CONDITIONS_HOLD ->
                    TextWrap.wrap(
                            indent + miss.at() + ": its conditions hold, yet it gave nothing",
                            indent + "  ",
                            text);
            default -> {
                TextWrap.wrap(
                        indent
                                + miss.at()
                                + ": "
                                + (miss.test() == null ? miss.condition() + " fails" : miss.test()),
                        indent + "  ",
                        text);
                for (Observation seen : miss.observed()) {
                    TextWrap.wrap(
                            indent
                                    + "  "
                                    + (seen.fact() == null ? "" : seen.fact() + ": ")
                                    + TextWords.observation(seen),
                            indent + "    ",
                            text);
                }
            }
        }
    }

    private static String cite(RuleRef rule) {
        return "rule \"" + rule.name() + "\" (" + rule.file() + ":" + rule.line() + ")";
    }

    private static String count(int n, String thing) {
        String plural =
                thing.endsWith("y") && !thing.endsWith("ey")
                        ? thing.substring(0, thing.length() - 1) + "ies"
                        : thing + "s";
        return n + " " + (n == 1 ? thing : plural);
    }
}
