package org.allyadvisor.rules;

import static org.allyadvisor.rules.Fixtures.actionOfFirst;
import static org.allyadvisor.rules.Fixtures.assess;
import static org.allyadvisor.rules.Fixtures.soundSet;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import java.util.List;
import java.util.function.UnaryOperator;
import org.allyadvisor.advice.Category;
import org.allyadvisor.advice.Priority;
import org.allyadvisor.facts.Ally;
import org.allyadvisor.facts.Budget;
import org.allyadvisor.facts.Diplomacy;
import org.allyadvisor.facts.Interoperability;
import org.allyadvisor.facts.SupportLevel;
import org.allyadvisor.results.Action;
import org.allyadvisor.results.Assessment;
import org.junit.jupiter.api.Test;

/** The sound allies spend 3.6% of GDP, above the 3.5% core target, with 3% real growth. */
class StrategyRulesTest {

    private static final String GROWTH = "SUSTAINABLE_BUDGETS/sustain-real-growth";
    private static final String RECALIBRATE = "SUSTAINABLE_BUDGETS/recalibrate-defense-strategy";

    /**
     * Below the floor (BUD-1), low interoperability (INT-1, US-3), one regional dialogue (DIP-1).
     */
    private static final UnaryOperator<Ally.Builder> ADVICE_IN_FOUR_AREAS =
            b ->
                    b.budget(new Budget(500.0, 9000.0, 1.8, 30.0, 3.0))
                            .interoperability(new Interoperability(40, 10, List.of("NATO")))
                            .diplomacy(new Diplomacy(1, true));

    // Below the 2% floor, where BUD-2's growth path to the core target does not apply (BUD-1 asks
    // to reach the floor, a separate action); between the floor and the target the two merge.
    @Test
    void defenseGrowingSlowerThanTheEconomyUnderReducedSupport() {
        Assessment result =
                assess(soundSet(b -> b.budget(new Budget(500.0, 9000.0, 1.8, 30.0, 1.4))));

        Action action = actionOfFirst(result, GROWTH);
        assertThat(action.ruleIds()).containsExactly("BUD-6");
        assertThat(action.category()).isEqualTo(Category.SUSTAINABLE_BUDGETS);
        assertThat(action.priority()).isEqualTo(Priority.MEDIUM);
        assertThat(action.title())
                .isEqualTo("Allocate a growing share of national resources to defense");
        assertThat(action.rationale())
                .isEqualTo(
                        "Real defense spending grew by 1.4% against 1.5% assumed real "
                                + "growth of the economy: at 1.8% of GDP, under the 3.5% core target, defense takes a shrinking share "
                                + "of national resources now that US support is limited.");
        assertThat(action.evidence().values())
                .containsExactly(
                        entry("budget.realChangePct", 1.4),
                        entry("budget.defensePctGdp", 1.8),
                        entry("scenario.usSupportLevel", "REDUCED"),
                        entry("threshold.budget.assumedRealGdpGrowthPct", 1.5),
                        entry("threshold.budget.coreTargetPctGdp", 3.5),
                        entry("distance.growthBelowEconomyPts", 0.1));
    }

    @Test
    void defenseGrowingAsFastAsTheEconomyDoesNotFire() {
        Assessment result =
                assess(soundSet(b -> b.budget(new Budget(500.0, 9000.0, 1.8, 30.0, 1.5))));

        assertThat(actionOfFirst(result, GROWTH)).isNull();
    }

    @Test
    void defenseAtTheCoreTargetMayGrowSlowly() {
        Assessment result =
                assess(soundSet(b -> b.budget(new Budget(500.0, 17500.0, 3.5, 30.0, 0.5))));

        assertThat(actionOfFirst(result, GROWTH)).isNull();
    }

    @Test
    void slowGrowthUnderFullSupportDoesNotFire() {
        Assessment result =
                assess(
                        soundSet(
                                SupportLevel.FULL,
                                b -> b.budget(new Budget(500.0, 9000.0, 1.8, 30.0, 1.4))));

        assertThat(actionOfFirst(result, GROWTH)).isNull();
    }

    @Test
    void betweenTheFloorAndTheTargetSlowGrowthMergesWithTheGrowthPath() {
        // three years of 1.4% real growth: BUD-2 judges that trend too slow for the core target
        Assessment result =
                assess(
                        soundSet(
                                b ->
                                        b.budget(
                                                new Budget(
                                                        500.0,
                                                        17000.0,
                                                        3.4,
                                                        30.0,
                                                        1.4,
                                                        java.util.Map.of(2023, 1.4, 2024, 1.4)))));

        Action action = actionOfFirst(result, GROWTH);
        assertThat(action.ruleIds()).containsExactly("BUD-2", "BUD-6");
        assertThat(action.title()).isEqualTo("Set a growth path to the 3.5% core target by 2035");
    }

    @Test
    void adviceInFourAreasAtOnceCallsForRecalibratingTheStrategy() {
        Assessment result = assess(soundSet(ADVICE_IN_FOUR_AREAS));

        Action action = actionOfFirst(result, RECALIBRATE);
        assertThat(action.ruleIds()).containsExactly("BUD-7");
        assertThat(action.priority()).isEqualTo(Priority.MEDIUM);
        assertThat(action.title()).isEqualTo("Recalibrate the defense strategy as a whole");
        assertThat(action.rationale())
                .isEqualTo(
                        "The ally has advice in 4 areas at once (US assistance, diplomatic "
                                + "engagement, interoperability and sustainable budgets) now that US support is limited: set priorities "
                                + "across them in one strategy, agreed with its allies to keep collective security, rather than area "
                                + "by area.");
        assertThat(action.evidence().values())
                .containsExactly(
                        entry("scenario.usSupportLevel", "REDUCED"),
                        entry("threshold.budget.recalibrateFromAdviceAreas", 4),
                        entry(
                                "derived.adviceAreas",
                                List.of(
                                        "DIPLOMATIC_ENGAGEMENT",
                                        "INTEROPERABILITY",
                                        "SUSTAINABLE_BUDGETS",
                                        "US_ASSISTANCE")),
                        entry("distance.adviceAreasBeyondLine", 0.0));
    }

    @Test
    void adviceInThreeAreasDoesNotFire() {
        Assessment result =
                assess(
                        soundSet(
                                b ->
                                        ADVICE_IN_FOUR_AREAS
                                                .apply(b)
                                                .diplomacy(new Diplomacy(5, true))));

        assertThat(Fixtures.first(result).actions())
                .extracting(Action::category)
                .doesNotContain(Category.DIPLOMATIC_ENGAGEMENT);
        assertThat(actionOfFirst(result, RECALIBRATE)).isNull();
    }

    @Test
    void adviceInFourAreasUnderFullSupportDoesNotFire() {
        Assessment result = assess(soundSet(SupportLevel.FULL, ADVICE_IN_FOUR_AREAS));

        assertThat(actionOfFirst(result, RECALIBRATE)).isNull();
    }
}
