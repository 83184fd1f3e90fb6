package org.allyadvisor.rules;

import static org.allyadvisor.rules.Fixtures.actionOfFirst;
import static org.allyadvisor.rules.Fixtures.assess;
import static org.allyadvisor.rules.Fixtures.soundSet;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import java.util.List;
import java.util.Map;
import org.allyadvisor.advice.Category;
import org.allyadvisor.advice.Priority;
import org.allyadvisor.facts.Budget;
import org.allyadvisor.facts.Dependence;
import org.allyadvisor.facts.SupportLevel;
import org.allyadvisor.facts.Threat;
import org.allyadvisor.facts.UsSupport;
import org.allyadvisor.results.Action;
import org.allyadvisor.results.Assessment;
import org.allyadvisor.results.DataGap;
import org.junit.jupiter.api.Test;

class BudgetRulesTest {

    private static final String RAISE = "SUSTAINABLE_BUDGETS/raise-to-floor";
    private static final String GROW = "SUSTAINABLE_BUDGETS/sustain-real-growth";

    private static Budget spending(double pctGdp, double realChangePct) {
        return new Budget(500.0, 18000.0, pctGdp, 30.0, realChangePct);
    }

    /**
     * Spending at {@code pctGdp} with the real change of 2023, 2024 and 2025, the fixtures' as-of
     * year.
     */
    private static Budget trend(
            double pctGdp, double change2023, double change2024, double change2025) {
        return new Budget(
                500.0,
                18000.0,
                pctGdp,
                30.0,
                change2025,
                Map.of(2023, change2023, 2024, change2024));
    }

    @Test
    void budgetBelowFloor() {
        Assessment result = assess(soundSet(b -> b.budget(spending(1.9, 3.0))));

        Action action = actionOfFirst(result, RAISE);
        assertThat(action.ruleIds()).containsExactly("BUD-1");
        assertThat(action.category()).isEqualTo(Category.SUSTAINABLE_BUDGETS);
        // the rule asks for HIGH; 0.1 points below the floor is just past the line: 68.4 x 0.82
        assertThat(action.scoring().severity()).isEqualTo(Priority.HIGH);
        assertThat(action.score()).isEqualTo(56.1);
        assertThat(action.priority()).isEqualTo(Priority.MEDIUM);
        assertThat(action.title()).isEqualTo("Raise defense spending to the 2% of GDP floor");
        assertThat(action.rationale())
                .startsWith("Defense spending is 1.9% of GDP, 0.1 points below the 2% floor");
        assertThat(action.evidence().values())
                .containsExactly(
                        entry("budget.defensePctGdp", 1.9),
                        entry("threshold.budget.floorPctGdp", 2.0),
                        entry("distance.pointsBelowFloor", 0.1));
        assertThat(action.rule().file()).isEqualTo("rules/budget.drl");
        assertThat(action.rule().name()).isEqualTo("Defense spending below the NATO floor");
        assertThat(action.source().passage()).startsWith("Focus on sustainable defense budgets:");
    }

    @Test
    void budgetAFullPointBelowFloorEarnsTheFullScore() {
        Assessment result = assess(soundSet(b -> b.budget(spending(1.0, 3.0))));

        Action action = actionOfFirst(result, RAISE);
        assertThat(action.score()).isEqualTo(68.4);
        assertThat(action.priority()).isEqualTo(Priority.HIGH);
    }

    @Test
    void budgetJustAtFloorDoesNotFire() {
        Assessment result = assess(soundSet(b -> b.budget(spending(2.0, 3.0))));

        assertThat(actionOfFirst(result, RAISE)).isNull();
    }

    @Test
    void budgetFarBelowFloorUnderHighThreatIsCritical() {
        Assessment result =
                assess(
                        soundSet(
                                b ->
                                        b.budget(spending(1.4, 3.0))
                                                .threat(new Threat(5, List.of()))));

        Action action = actionOfFirst(result, RAISE);
        assertThat(action.ruleIds()).containsExactly("BUD-1");
        assertThat(action.priority()).isEqualTo(Priority.CRITICAL);
        assertThat(action.score()).isEqualTo(87.4);
        assertThat(action.rule().name())
                .isEqualTo("Defense spending far below the floor under a high threat");
        assertThat(action.evidence().values())
                .contains(
                        entry("budget.defensePctGdp", 1.4), entry("threat.level", 5),
                        entry("threshold.budget.farBelowFloorPctGdp", 1.5),
                                entry("threshold.risk.highThreatLevel", 4));
    }

    @Test
    void budgetJustAtFarBelowMarkUnderHighThreatStaysHighSeverity() {
        Assessment result =
                assess(
                        soundSet(
                                b ->
                                        b.budget(spending(1.5, 3.0))
                                                .threat(new Threat(5, List.of()))));

        Action action = actionOfFirst(result, RAISE);
        assertThat(action.rule().name()).isEqualTo("Defense spending below the NATO floor");
        assertThat(action.scoring().severity()).isEqualTo(Priority.HIGH);
        assertThat(action.priority()).isEqualTo(Priority.HIGH);
        assertThat(action.score()).isEqualTo(68.4);
    }

    @Test
    void growthTooSlowToReachCoreTarget() {
        Assessment result = assess(soundSet(b -> b.budget(trend(2.5, 2.0, 3.0, 4.0))));

        Action action = actionOfFirst(result, GROW);
        assertThat(action.ruleIds()).containsExactly("BUD-2");
        assertThat(action.priority()).isEqualTo(Priority.MEDIUM);
        assertThat(action.score()).isEqualTo(46.1);
        assertThat(action.title()).isEqualTo("Set a growth path to the 3.5% core target by 2035");
        assertThat(action.rationale())
                .isEqualTo(
                        "Spending is 2.5% of GDP, and real spending grew by 3% a year over the "
                                + "last 3 years (2023: 2%, 2024: 3%, 2025: 4%), judged on that trend rather than one year; reaching 3.5% "
                                + "by 2035 takes about 4.97% real growth a year.");
        assertThat(action.evidence().values())
                .containsExactly(
                        entry("budget.defensePctGdp", 2.5),
                        entry("budget.realChangeByYear.2023", 2.0),
                        entry("budget.realChangeByYear.2024", 3.0),
                        entry("budget.realChangePct", 4.0),
                        entry("derived.meanRealChangePct", 3.0),
                        entry("threshold.budget.realGrowthTrendYears", 3),
                        entry("threshold.budget.coreTargetPctGdp", 3.5),
                        entry("threshold.budget.coreTargetYear", 2035),
                        entry("threshold.budget.assumedRealGdpGrowthPct", 1.5),
                        entry("derived.requiredRealChangePct", 4.97),
                        entry("derived.yearsLeft", 10),
                        entry("distance.growthShortfallPts", 1.98));
    }

    @Test
    void growthFastEnoughForCoreTargetDoesNotFire() {
        Assessment result = assess(soundSet(b -> b.budget(trend(2.5, 5.0, 5.0, 5.0))));

        assertThat(actionOfFirst(result, GROW)).isNull();
    }

    /**
     * Belgium's 2025 estimate: 2.00% of GDP after +57% in one year. One jump above the 7.34% a year
     * that 2% needs does not make a trend: BUD-2 still fires on the three years' mean.
     */
    @Test
    void oneYearJumpIsJudgedOnTheTrend() {
        Assessment result = assess(soundSet(b -> b.budget(trend(2.0, 0.0, 0.0, 10.0))));

        Action action = actionOfFirst(result, GROW);
        assertThat(action.ruleIds()).containsExactly("BUD-2");
        assertThat(action.evidence().values())
                .contains(
                        entry("budget.realChangePct", 10.0),
                        entry("derived.meanRealChangePct", 3.23),
                        entry("derived.requiredRealChangePct", 7.34));
    }

    @Test
    void oneYearDipIsJudgedOnTheTrend() {
        Assessment result = assess(soundSet(b -> b.budget(trend(2.0, 12.0, 12.0, 1.0))));

        // BUD-6 may still note the one slow year; the growth path to the target (BUD-2) judges the
        // trend
        Action grow = actionOfFirst(result, GROW);
        assertThat(grow == null ? List.<String>of() : grow.ruleIds())
                .as("1% alone is too slow; 8.21% a year over three years is not")
                .doesNotContain("BUD-2");
    }

    @Test
    void trendWithAYearMissingIsADataGapForBud2() {
        Budget twoYears = new Budget(500.0, 18000.0, 2.5, 30.0, 1.0, Map.of(2024, 1.0, 2022, 1.0));

        Assessment result = assess(soundSet(b -> b.budget(twoYears)));

        Action grow = actionOfFirst(result, GROW);
        assertThat(grow == null ? List.<String>of() : grow.ruleIds()).doesNotContain("BUD-2");
        assertThat(Fixtures.first(result).dataGaps())
                .containsExactly(new DataGap("budget.realChangeByYear", List.of("BUD-2")));
    }

    @Test
    void equipmentShareBelowGuideline() {
        Assessment result =
                assess(soundSet(b -> b.budget(new Budget(500.0, 18000.0, 3.6, 19.9, 3.0))));

        Action action = actionOfFirst(result, "SUSTAINABLE_BUDGETS/shift-to-capability");
        assertThat(action.ruleIds()).containsExactly("BUD-3");
        assertThat(action.priority()).isEqualTo(Priority.MEDIUM);
        assertThat(action.evidence().values())
                .containsExactly(
                        entry("budget.equipmentPct", 19.9),
                        entry("threshold.budget.minEquipmentPct", 20.0),
                        entry("distance.equipmentPointsBelowGuideline", 0.1));
    }

    @Test
    void equipmentShareJustAtGuidelineDoesNotFire() {
        Assessment result =
                assess(soundSet(b -> b.budget(new Budget(500.0, 18000.0, 3.6, 20.0, 3.0))));

        assertThat(actionOfFirst(result, "SUSTAINABLE_BUDGETS/shift-to-capability")).isNull();
    }

    @Test
    void largeAssistanceShareUnderReducedSupport() {
        Assessment result =
                assess(soundSet(b -> b.usSupport(new UsSupport(1800.0, Dependence.LOW, 100))));

        Action action = actionOfFirst(result, "SUSTAINABLE_BUDGETS/self-fund-assistance");
        assertThat(action.ruleIds()).containsExactly("BUD-4");
        assertThat(action.scoring().severity()).isEqualTo(Priority.HIGH);
        assertThat(action.score()).isEqualTo(54.7); // at the line itself: 68.4 x 0.8
        assertThat(action.evidence().values())
                .containsExactly(
                        entry("usSupport.assistanceUsdM", 1800.0),
                                entry("budget.defenseUsdM", 18000.0),
                        entry("scenario.usSupportLevel", "REDUCED"),
                                entry("threshold.budget.largeAssistanceSharePct", 10.0),
                        entry("derived.assistanceSharePct", 10.0),
                                entry("distance.assistanceSharePointsAbove", 0.0));
    }

    @Test
    void largeAssistanceShareUnderFullSupportDoesNotFire() {
        Assessment result =
                assess(
                        soundSet(
                                SupportLevel.FULL,
                                b -> b.usSupport(new UsSupport(1800.0, Dependence.LOW, 100))));

        assertThat(actionOfFirst(result, "SUSTAINABLE_BUDGETS/self-fund-assistance")).isNull();
    }

    @Test
    void realSpendingCutUnderSignificantThreat() {
        Assessment result = assess(soundSet(b -> b.budget(spending(3.6, -1.0))));

        Action action = actionOfFirst(result, GROW);
        assertThat(action.ruleIds()).containsExactly("BUD-5");
        assertThat(action.scoring().severity()).isEqualTo(Priority.HIGH);
        assertThat(action.score()).isEqualTo(57.5);
        assertThat(action.title()).isEqualTo("Restore real growth in defense spending");
        assertThat(action.evidence().values())
                .containsExactly(
                        entry("budget.realChangePct", -1.0), entry("threat.level", 3),
                        entry("threshold.budget.realCutMattersFromThreatLevel", 3),
                                entry("distance.realCutPct", 1.0));
    }

    @Test
    void realSpendingCutUnderLowThreatDoesNotFire() {
        Assessment result =
                assess(
                        soundSet(
                                b ->
                                        b.budget(spending(3.6, -1.0))
                                                .threat(new Threat(2, List.of()))));

        assertThat(actionOfFirst(result, GROW)).isNull();
    }

    @Test
    void slowGrowthAndRealCutBecomeOneActionCitingBoth() {
        Assessment result = assess(soundSet(b -> b.budget(trend(2.5, 2.0, 3.0, -1.0))));

        Action action = actionOfFirst(result, GROW);
        // BUD-6 too: growing slower than the economy, under the core target, while US support is
        // reduced
        assertThat(action.ruleIds()).containsExactly("BUD-2", "BUD-5", "BUD-6");
        // BUD-5 (HIGH, 1% cut: 57.5) outscores BUD-2 (MEDIUM, growth short in full: 51.3) and
        // decides
        assertThat(action.score()).isEqualTo(57.5);
        assertThat(action.rule().name())
                .isEqualTo("Real spending cut while the threat is significant");
        assertThat(action.rationale())
                .contains("Real defense spending fell by 1%")
                .contains("reaching 3.5% by 2035");
        assertThat(Fixtures.first(result).actions())
                .filteredOn(a -> a.id().endsWith("sustain-real-growth"))
                .hasSize(1);
    }
}
