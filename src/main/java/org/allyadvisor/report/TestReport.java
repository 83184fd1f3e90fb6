package org.allyadvisor.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.allyadvisor.results.Action;
import org.allyadvisor.results.Coalition;
import org.allyadvisor.results.DataGap;
import org.allyadvisor.results.Risk;
import org.allyadvisor.scenarios.CaseResult;
import org.allyadvisor.scenarios.Coverage;
import org.allyadvisor.scenarios.Expectation;
import org.allyadvisor.scenarios.TestRun;
import org.allyadvisor.text.Numbers;

/**
 * A scenario run as a test runner prints it: a line per case, what was expected and what the ally
 * got for each failure, the rules the cases exercised when asked, and the count last.
 */
public final class TestReport {

    private static final String INDENT = "      ";

    private TestReport() {}

    /**
     * @param coverage whether to list each catalogue rule with the cases that made it fire
     * @param minCoverage the share of catalogue rules (0..100) below which the run fails, or null
     */
    public static String render(TestRun run, boolean coverage, Double minCoverage) {
        StringBuilder text = new StringBuilder();
        for (CaseResult result : run.cases()) {
            text.append(result.passed() ? "PASS  " : "FAIL  ")
                    .append(result.scenarioCase().title())
                    .append('\n');
            if (!result.passed()) {
                failure(result, text);
            }
        }
        if (coverage) {
            coverage(run.coverage(), text);
        }
        if (minCoverage != null && run.coverage().isBelow(minCoverage)) {
            text.append("Coverage ")
                    .append(share(run.coverage()))
                    .append(" is below --min-coverage ")
                    .append(Numbers.plain(minCoverage))
                    .append("%\n");
        }
        text.append(run.passed()).append(" passed, ").append(run.failed()).append(" failed\n");
        return text.toString();
    }

    private static void failure(CaseResult result, StringBuilder text) {
        String file = result.scenarioCase().file();
        text.append(INDENT).append("at ").append(result.scenarioCase().where()).append('\n');
        for (Expectation unmet : result.unmet()) {
            text.append(INDENT)
                    .append("expected ")
                    .append(unmet.describe())
                    .append(" (")
                    .append(file)
                    .append(':')
                    .append(unmet.line())
                    .append(")\n");
        }
        blocked(result, text);
        List<String> got = new ArrayList<>();
        for (Action action : result.ally().actions()) {
            got.add(
                    "action "
                            + String.join("+", action.ruleIds())
                            + " "
                            + key(action)
                            + " "
                            + action.priority()
                            + " "
                            + score(action.score()));
        }
        for (Risk risk : result.ally().risks()) {
            got.add(
                    "risk "
                            + risk.ruleId()
                            + " "
                            + risk.kind()
                            + " "
                            + risk.level()
                            + " "
                            + score(risk.score()));
        }
        for (Coalition coalition : result.coalitions()) {
            got.add(
                    "coalition "
                            + coalition.ruleId()
                            + " "
                            + coalition.capability()
                            + " with "
                            + String.join(
                                    ", ",
                                    coalition.members().stream()
                                            .filter(m -> !m.equals(result.ally().id()))
                                            .toList()));
        }
        String lead = INDENT + result.ally().id() + " got ";
        if (got.isEmpty()) {
            text.append(lead).append("no action, risk or coalition\n");
            return;
        }
        String more = " ".repeat(lead.length());
        for (int i = 0; i < got.size(); i++) {
            text.append(i == 0 ? lead : more).append(got.get(i)).append('\n');
        }
    }

    /**
     * Why a rule expected to fire could not: the facts it needs that are data gaps for the ally.
     */
    private static void blocked(CaseResult result, StringBuilder text) {
        Set<String> rules = new TreeSet<>();
        result.unmet().stream()
                .filter(Expectation::present)
                .map(Expectation::rule)
                .filter(r -> r != null)
                .forEach(rules::add);
        for (String rule : rules) {
            List<String> missing =
                    result.ally().dataGaps().stream()
                            .filter(gap -> gap.rules().contains(rule))
                            .map(DataGap::field)
                            .toList();
            if (!missing.isEmpty()) {
                text.append(INDENT)
                        .append(rule)
                        .append(" could not be evaluated: ")
                        .append(String.join(", ", missing))
                        .append(missing.size() == 1 ? " is a data gap\n" : " are data gaps\n");
            }
        }
    }

    /** A score as the assessment table shows it: one decimal, always. */
    private static String score(double score) {
        return String.format(java.util.Locale.ROOT, "%.1f", score);
    }

    /**
     * The last part of an action's id: {@code raise-to-floor} of {@code
     * AAA/SUSTAINABLE_BUDGETS/raise-to-floor}.
     */
    private static String key(Action action) {
        return action.id().substring(action.id().lastIndexOf('/') + 1);
    }

    private static void coverage(Coverage coverage, StringBuilder text) {
        text.append("Coverage: ")
                .append(coverage.fired())
                .append(" of ")
                .append(coverage.firedBy().size())
                .append(" catalogue rules fired in some case (")
                .append(share(coverage))
                .append(")\n");
        int width =
                coverage.firedBy().keySet().stream().mapToInt(String::length).max().orElse(0) + 2;
        for (Map.Entry<String, List<String>> rule : coverage.firedBy().entrySet()) {
            String lead = "  " + rule.getKey() + " ".repeat(width - rule.getKey().length());
            if (rule.getValue().isEmpty()) {
                text.append(lead).append("no case makes it fire\n");
                continue;
            }
            String more = " ".repeat(lead.length());
            for (int i = 0; i < rule.getValue().size(); i++) {
                text.append(i == 0 ? lead : more).append(rule.getValue().get(i)).append('\n');
            }
        }
        List<String> unexercised = coverage.unexercised();
        text.append(
                unexercised.isEmpty()
                        ? "Every catalogue rule fires in some case.\n"
                        : "No case exercises: " + String.join(", ", unexercised) + "\n");
    }

    /** One decimal; never 100% while a rule is left unexercised. */
    private static String share(Coverage coverage) {
        double shown = Math.round(coverage.percent() * 10) / 10.0;
        if (shown == 100 && !coverage.unexercised().isEmpty()) {
            shown = 99.9;
        }
        return Numbers.plain(shown) + "%";
    }
}
