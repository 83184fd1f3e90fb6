package org.allyadvisor.engine;

import org.allyadvisor.facts.Ally;
import org.allyadvisor.facts.FactSchema;
import org.allyadvisor.facts.FactSet;
import org.allyadvisor.policy.Thresholds;

/**
 * Whether a value that rules require ({@code @requires}) is known for an ally under a rule set's
 * thresholds. Most are known when the facts give them ({@link FactSchema#isKnown}). Two depend on
 * the thresholds too:
 *
 * <ul>
 *   <li>{@code usSupport.dependence} is known when given, or when the classify rules derive it from
 *       the ally's arms imports (DEP-1): an ally whose dependence can be derived lacks nothing, and
 *       one whose imports are too few to measure it is told its dependence is a gap;
 *   <li>{@code budget.realChangeByYear} is known when every year before the as-of year that the
 *       trend window reads is given (BUD-2), not merely some year; without an as-of year, when any
 *       year is given.
 * </ul>
 *
 * @param thresholds the rule set's thresholds
 */
public record KnownFacts(Thresholds thresholds) {

    public static final String DEPENDENCE = "usSupport.dependence";
    public static final String REAL_CHANGE_BY_YEAR = "budget.realChangeByYear";

    /**
     * @throws IllegalArgumentException when {@code path} is no fact path ({@link
     *     FactSchema#isFactPath})
     */
    public boolean isKnown(String path, Ally ally, FactSet facts) {
        return switch (path) {
            case DEPENDENCE ->
                    FactSchema.isKnown(path, ally, facts)
                            || thresholds.dependence().derivesFrom(ally.usSupport());
            // without a date the window is unknown, and meta.asOf is the gap to report, not this
            case REAL_CHANGE_BY_YEAR ->
                    facts.meta().asOf() == null
                            ? FactSchema.isKnown(path, ally, facts)
                            : ally.budget()
                                    .knowsRealChangeBefore(
                                            facts.meta().asOf().getYear(),
                                            thresholds.budget().realGrowthTrendYears());
            default -> FactSchema.isKnown(path, ally, facts);
        };
    }
}
