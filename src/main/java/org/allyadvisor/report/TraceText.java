package org.allyadvisor.report;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.allyadvisor.advice.Priority;
import org.allyadvisor.trace.Coverage;
import org.allyadvisor.trace.PassageTrace;
import org.allyadvisor.trace.Raised;
import org.allyadvisor.trace.Trace;
import org.allyadvisor.trace.TracedRule;

/**
 * The words every format of the traceability matrix shares, so that the table, Markdown and HTML
 * say a thing alike.
 */
public final class TraceText {

    private TraceText() {}

    /** {@code title (as of date)}. */
    public static String facts(Trace trace) {
        return FactsAndRules.facts(trace.factSet(), "the facts");
    }

    /** {@code built-in (sha256 efab7256199a)}. */
    public static String rules(Trace trace) {
        return FactsAndRules.rules(trace.ruleSet());
    }

    /** The source documents read, or that there are none. */
    public static String documents(Trace trace) {
        return trace.documents().isEmpty()
                ? "none (the rule set has no source/ folder of .txt or .md files)"
                : String.join(", ", trace.documents());
    }

    /**
     * What the matrix finds, in one sentence: {@code 27 passages (headings aside): 17 encoded by 36
     * rules, 10 by none; every rule's passage is in the source}.
     */
    public static String summary(Trace trace) {
        List<PassageTrace> statements = trace.statements();
        long encoded = statements.stream().filter(PassageTrace::isEncoded).count();
        int stale = trace.notInSource().size();
        int placed = trace.rules().size() - stale;
        long ids = trace.rules().stream().map(TracedRule::id).distinct().count();
        return count(statements.size(), "passage")
                + " (headings aside): "
                + encoded
                + " encoded by "
                + count(placed, "rule")
                + " ("
                + count((int) ids, "catalogue id")
                + " in all), "
                + trace.gaps().size()
                + " by none; "
                + (stale == 0
                        ? "every rule's passage is in the source"
                        : count(stale, "rule")
                                + " quote"
                                + (stale == 1 ? "s" : "")
                                + " words no longer in the source");
    }

    /**
     * What a rule or a passage raised on the facts: {@code 12 actions (3 high, 9 medium) for 12
     * allies: BEL, CAN, ...}, or that it raised nothing.
     */
    public static String raised(Raised raised) {
        return raised.isEmpty()
                ? counts(raised)
                : counts(raised)
                        + " for "
                        + count(raised.allies().size(), "ally", "allies")
                        + ": "
                        + String.join(", ", raised.allies());
    }

    /**
     * What a rule raised, counted, for a cell beside the allies of its passage: {@code 14 actions
     * (11 high, 3 medium) for 14 allies}; with the data gaps that kept it from allies.
     */
    public static String counted(TracedRule rule) {
        Raised raised = rule.raised();
        String counted =
                raised.isEmpty()
                        ? counts(raised)
                        : counts(raised)
                                + " for "
                                + count(raised.allies().size(), "ally", "allies");
        return rule.blocked().isEmpty()
                ? counted
                : counted
                        + "; data gaps kept it from "
                        + count(rule.blocked().size(), "ally", "allies");
    }

    /** {@code 12 actions (3 high, 9 medium), 2 risks (2 high)}, or that nothing was raised. */
    private static String counts(Raised raised) {
        if (raised.isEmpty()) {
            return "nothing on these facts";
        }
        List<String> parts = new ArrayList<>();
        if (!raised.actions().isEmpty()) {
            parts.add(
                    count(raised.actions().size(), "action")
                            + " ("
                            + levels(raised.actions(), Raised.RaisedAction::priority)
                            + ")");
        }
        if (!raised.risks().isEmpty()) {
            parts.add(
                    count(raised.risks().size(), "risk")
                            + " ("
                            + levels(raised.risks(), Raised.RaisedRisk::level)
                            + ")");
        }
        if (!raised.coalitions().isEmpty()) {
            List<String> coalitions =
                    raised.coalitions().stream()
                            .map(c -> String.join(" with ", c.members()) + " in " + c.capability())
                            .toList();
            parts.add(
                    count(raised.coalitions().size(), "coalition")
                            + " ("
                            + String.join("; ", coalitions)
                            + ")");
        }
        return String.join(", ", parts);
    }

    /**
     * What a rule raised on the facts, and when it raised nothing for some allies because facts
     * were missing, for how many: {@code nothing on these facts; data gaps kept it from 47 allies}.
     */
    public static String raised(TracedRule rule) {
        String raised = raised(rule.raised());
        return rule.blocked().isEmpty()
                ? raised
                : raised
                        + "; data gaps kept it from "
                        + count(rule.blocked().size(), "ally", "allies");
    }

    /**
     * {@code US-5 Name (DRL, rules/self-reliance.drl:95)}, with {@code , quotes part} when the rule
     * quotes part of the passage.
     */
    public static String rule(TracedRule rule, Coverage coverage) {
        return rule.id()
                + "  "
                + rule.name()
                + " ("
                + rule.form()
                + ", "
                + rule.where()
                + (coverage == Coverage.PART ? ", quotes part" : "")
                + ")";
    }

    /** {@code sentence}, {@code list item}, {@code heading}. */
    public static String kind(org.allyadvisor.trace.PassageKind kind) {
        return kind.name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }

    /**
     * A passage shortened to one line of about {@code width} characters, an ellipsis marking what
     * is left out.
     */
    public static String shortened(String text, int width) {
        if (text.length() <= width) {
            return text;
        }
        int cut = text.lastIndexOf(' ', width - 1);
        return text.substring(0, cut > width / 2 ? cut : width - 1) + "…";
    }

    /** {@code 3 high, 9 medium}: how many of each priority, most urgent first. */
    private static <T> String levels(List<T> items, Function<T, Priority> priority) {
        Map<Priority, Integer> counts = new EnumMap<>(Priority.class);
        items.forEach(item -> counts.merge(priority.apply(item), 1, Integer::sum));
        List<String> parts = new ArrayList<>();
        for (Priority level :
                List.of(Priority.CRITICAL, Priority.HIGH, Priority.MEDIUM, Priority.LOW)) {
            if (counts.containsKey(level)) {
                parts.add(counts.get(level) + " " + level.name().toLowerCase(Locale.ROOT));
            }
        }
        return String.join(", ", parts);
    }

    static String count(int n, String one) {
        return count(n, one, one + "s");
    }

    static String count(int n, String one, String many) {
        return n + " " + (n == 1 ? one : many);
    }
}
