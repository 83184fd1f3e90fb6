package org.allyadvisor.results;

import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.allyadvisor.facts.SupportLevel;

/**
 * The whole result of assessing a fact set with a rule set: the same content as the JSON output
 * ({@code ally-advisor/assessment/1}), as immutable values.
 *
 * @param factSet what was assessed, under which US support scenario
 * @param rules which rules assessed it
 * @param allies per ally, in input order
 * @param coalitions regional coalition opportunities, each once
 * @param portfolio every reported action across allies, most urgent first
 */
public record Assessment(
        FactSetSummary factSet,
        RuleSetSummary rules,
        List<AllyAssessment> allies,
        List<Coalition> coalitions,
        List<PortfolioEntry> portfolio) {

    /** The schema the JSON of an assessment declares ({@code JsonReport}). */
    public static final String SCHEMA = "ally-advisor/assessment/1";

    public Assessment {
        allies = List.copyOf(allies);
        coalitions = List.copyOf(coalitions);
        portfolio = List.copyOf(portfolio);
    }

    /**
     * The result for the ally {@code id} (as written, {@code POL}), or empty when none was
     * reported.
     */
    public Optional<AllyAssessment> ally(String id) {
        return allies.stream().filter(a -> a.id().equals(id)).findFirst();
    }

    /**
     * @param asOf null when the fact set gives no date
     * @param judgements whether analysts' judgements were part of the facts assessed
     */
    public record FactSetSummary(
            String title, LocalDate asOf, SupportLevel usSupportLevel, Judgements judgements) {}

    /** What was done with the analysts' judgements of the fact set. */
    public enum Judgements {
        /** the fact set holds none */
        NONE,
        /** they filled the gaps they judge */
        INCLUDED,
        /** left out on request: the advice rests on sourced, derived and given values alone */
        EXCLUDED
    }

    /**
     * @param source the rule folder as given, or {@code built-in}
     * @param overrides the thresholds the run's support scenario changed (path to the value that
     *     held), in the order the thresholds file gives them; empty when none did
     */
    public record RuleSetSummary(String source, String sha256, Map<String, Object> overrides) {

        public RuleSetSummary {
            overrides = Collections.unmodifiableMap(new LinkedHashMap<>(overrides));
        }
    }
}
