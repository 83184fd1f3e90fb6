package org.allyadvisor.scenarios;

import java.util.ArrayList;
import java.util.List;
import org.allyadvisor.advice.Priority;
import org.allyadvisor.advice.RiskKind;
import org.allyadvisor.results.Action;
import org.allyadvisor.results.AllyAssessment;
import org.allyadvisor.results.Coalition;
import org.allyadvisor.results.Risk;

/**
 * What a scenario case expects of its ally's advice: an action, a risk or a coalition that must be
 * there ({@code expect}) or must not ({@code expect absent}). Every part left out matches any.
 */
public sealed interface Expectation
        permits Expectation.OfAction, Expectation.OfRisk, Expectation.OfCoalition {

    /** Whether it must be there (true) or must not (false). */
    boolean present();

    /**
     * The catalogue id it names, or null when it names its advice otherwise (a key, a risk kind).
     */
    String rule();

    /** The line of the scenario file it is written on. */
    int line();

    /** Whether the ally's result bears it out. */
    default boolean heldBy(AllyAssessment ally, List<Coalition> coalitions) {
        return matchedIn(ally, coalitions) == present();
    }

    /** Whether anything of the ally's result matches it. */
    boolean matchedIn(AllyAssessment ally, List<Coalition> coalitions);

    /**
     * How it reads in a report: {@code action BUD-1 raise-to-floor at MEDIUM}, {@code no risk
     * RISK-2}.
     */
    String describe();

    /**
     * An action of the ally.
     *
     * @param rule a catalogue id the action cites, or null for any
     * @param key the last part of the action's id ({@code raise-to-floor}), or null for any
     * @param priority the priority it has, or null for any
     */
    record OfAction(boolean present, String rule, String key, Priority priority, int line)
            implements Expectation {

        @Override
        public boolean matchedIn(AllyAssessment ally, List<Coalition> coalitions) {
            return ally.actions().stream().anyMatch(this::matches);
        }

        private boolean matches(Action action) {
            return (rule == null || action.ruleIds().contains(rule))
                    && (key == null || action.id().endsWith("/" + key))
                    && (priority == null || action.priority() == priority);
        }

        @Override
        public String describe() {
            return (present ? "action" : "no action")
                    + parts(rule, key, priority == null ? null : "at " + priority);
        }
    }

    /**
     * A risk to the ally.
     *
     * @param rule the catalogue id that reports it, or null for any
     * @param kind its kind, or null for any
     * @param severity its level, or null for any
     */
    record OfRisk(boolean present, String rule, RiskKind kind, Priority severity, int line)
            implements Expectation {

        @Override
        public boolean matchedIn(AllyAssessment ally, List<Coalition> coalitions) {
            return ally.risks().stream().anyMatch(this::matches);
        }

        private boolean matches(Risk risk) {
            return (rule == null || risk.ruleId().equals(rule))
                    && (kind == null || risk.kind() == kind)
                    && (severity == null || risk.level() == severity);
        }

        @Override
        public String describe() {
            return (present ? "risk" : "no risk")
                    + parts(
                            rule,
                            kind == null ? null : kind.name(),
                            severity == null ? null : "at " + severity);
        }
    }

    /**
     * A regional coalition opportunity the ally is a member of.
     *
     * @param rule the catalogue id that finds it, or null for any
     * @param partner the other member, or null for any
     * @param capability the capability it pools ({@code missileDefense}), or null for any
     */
    record OfCoalition(boolean present, String rule, String partner, String capability, int line)
            implements Expectation {

        @Override
        public boolean matchedIn(AllyAssessment ally, List<Coalition> coalitions) {
            return coalitions.stream()
                    .anyMatch(c -> c.members().contains(ally.id()) && matches(c, ally.id()));
        }

        private boolean matches(Coalition coalition, String ally) {
            return (rule == null || coalition.ruleId().equals(rule))
                    && (partner == null
                            || (!partner.equals(ally) && coalition.members().contains(partner)))
                    && (capability == null || coalition.capability().equals(capability));
        }

        @Override
        public String describe() {
            return (present ? "coalition" : "no coalition")
                    + parts(rule, capability, partner == null ? null : "with " + partner);
        }
    }

    private static String parts(String... parts) {
        List<String> given = new ArrayList<>();
        for (String part : parts) {
            if (part != null) {
                given.add(part);
            }
        }
        return given.isEmpty() ? "" : " " + String.join(" ", given);
    }
}
