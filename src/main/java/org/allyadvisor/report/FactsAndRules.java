package org.allyadvisor.report;

import java.util.ArrayList;
import java.util.List;
import org.allyadvisor.results.Assessment;

/**
 * How the reports name what their advice comes from, in the same words in every format: the fact
 * set (title and date), the US support level it ran under, and the rules (where they were read
 * from, and the start of their fingerprint, enough to tell two rule sets apart).
 */
final class FactsAndRules {

    private FactsAndRules() {}

    /** {@code title (as of 2024-12-31)}; {@code untitled} stands for a missing title. */
    static String facts(Assessment.FactSetSummary facts, String untitled) {
        return (facts.title().isEmpty() ? untitled : facts.title())
                + (facts.asOf() == null ? "" : " (as of " + facts.asOf() + ")");
    }

    /** {@code built-in (sha256 efab7256199a)}. */
    static String rules(Assessment.RuleSetSummary rules) {
        return rules.source() + " (sha256 " + rules.sha256().substring(0, 12) + ")";
    }

    /** The terminal line {@code US support: REDUCED Rules: built-in (sha256 efab7256199a)}. */
    static String supportAndRules(
            Assessment.FactSetSummary facts, Assessment.RuleSetSummary rules) {
        return "US support: " + facts.usSupportLevel() + "   Rules: " + rules(rules) + "\n";
    }

    /**
     * The parts of a Markdown brief's line under its title, to be joined with {@code " · "}: the
     * date, the US support level, the rules; a brief may add its own after them.
     */
    static List<String> inMarkdown(
            Assessment.FactSetSummary facts, Assessment.RuleSetSummary rules) {
        List<String> about = new ArrayList<>();
        if (facts.asOf() != null) {
            about.add("As of " + facts.asOf());
        }
        about.add("US support " + facts.usSupportLevel());
        about.add(
                "rules "
                        + Markdown.code(rules.source())
                        + " (sha256 "
                        + Markdown.code(rules.sha256().substring(0, 12))
                        + ")");
        return about;
    }
}
