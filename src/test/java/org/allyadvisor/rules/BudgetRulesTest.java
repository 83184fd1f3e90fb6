package org.allyadvisor.rules;

import static org.allyadvisor.rules.Fixtures.actionOfFirst;
import static org.allyadvisor.rules.Fixtures.assess;
import static org.allyadvisor.rules.Fixtures.soundSet;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import java.util.List;

import org.allyadvisor.facts.Budget;
import org.allyadvisor.facts.SupportLevel;
import org.allyadvisor.facts.Threat;
import org.allyadvisor.facts.UsSupport;
import org.allyadvisor.facts.Dependence;
import org.allyadvisor.results.Action;
import org.allyadvisor.results.Assessment;
import org.allyadvisor.results.Category;
import org.allyadvisor.results.Priority;
import org.junit.jupiter.api.Test;

class BudgetRulesTest {

    private static final String RAISE = "SUSTAINABLE_BUDGETS/raise-to-floor";
    private static final String GROW = "SUSTAINABLE_BUDGETS/sustain-real-growth";

    private static Budget spending(double pctGdp, double realChangePct) {
        return new Budget(500.0, 18000.0, pctGdp, 30.0, realChangePct);
    }

    @Test
    void budgetBelowFloor() {
        Assessment result = assess(soundSet(b -> b.budget(spending(1.9, 3.0))));

        Action action = actionOfFirst(result, RAISE);
        assertThat(action.ruleIds()).containsExactly("BUD-1");
        assertThat(action.category()).isEqualTo(Category.SUSTAINABLE_BUDGETS);
        assertThat(action.priority()).isEqualTo(Priority.HIGH);
        assertThat(action.score()).isEqualTo(68.4);
        assertThat(action.title()).isEqualTo("Raise defense spending to the 2% of GDP floor");
        assertThat(action.rationale()).startsWith("Defense spending is 1.9% of GDP, 0.1 points below the 2% floor");
        assertThat(action.evidence().values()).containsExactly(
                entry("budget.defensePctGdp", 1.9), entry("threshold.budget.floorPctGdp", 2.0));
        assertThat(action.rule().file()).isEqualTo("rules/budget.drl");
        assertThat(action.rule().name()).isEqualTo("Defense spending below the NATO floor");
        assertThat(action.source().passage()).startsWith("Focus on sustainable defense budgets:");
    }

    @Test
    void budgetJustAtFloorDoesNotFire() {
        Assessment result = assess(soundSet(b -> b.budget(spending(2.0, 3.0))));

        assertThat(actionOfFirst(result, RAISE)).isNull();
    }

    @Test
    void budgetFarBelowFloorUnderHighThreatIsCritical() {
        Assessment result = assess(soundSet(b -> b.budget(spending(1.4, 3.0)).threat(new Threat(5, List.of()))));

        Action action = actionOfFirst(result, RAISE);
        assertThat(action.ruleIds()).containsExactly("BUD-1");
        assertThat(action.priority()).isEqualTo(Priority.CRITICAL);
        assertThat(action.score()).isEqualTo(95.0);
        assertThat(action.rule().name()).isEqualTo("Defense spending far below the floor under a high threat");
        assertThat(action.evidence().values()).contains(
                entry("budget.defensePctGdp", 1.4), entry("threat.level", 5),
                entry("threshold.budget.farBelowFloorPctGdp", 1.5), entry("threshold.risk.highThreatLevel", 4));
    }

    @Test
    void budgetJustAtFarBelowMarkUnderHighThreatStaysHighSeverity() {
        Assessment result = assess(soundSet(b -> b.budget(spending(1.5, 3.0)).threat(new Threat(5, List.of()))));

        Action action = actionOfFirst(result, RAISE);
        assertThat(action.rule().name()).isEqualTo("Defense spending below the NATO floor");
        assertThat(action.priority()).isEqualTo(Priority.HIGH);
        assertThat(action.score()).isEqualTo(76.0);
    }

    @Test
    void growthTooSlowToReachCoreTarget() {
        Assessment result = assess(soundSet(b -> b.budget(spending(2.5, 3.0))));

        Action action = actionOfFirst(result, GROW);
        assertThat(action.ruleIds()).containsExactly("BUD-2");
        assertThat(action.priority()).isEqualTo(Priority.MEDIUM);
        assertThat(action.score()).isEqualTo(51.3);
        assertThat(action.title()).isEqualTo("Set a growth path to the 3.5% core target by 2035");
        assertThat(action.evidence().values()).containsExactly(
                entry("budget.defensePctGdp", 2.5), entry("budget.realChangePct", 3.0),
                entry("threshold.budget.coreTargetPctGdp", 3.5), entry("threshold.budget.coreTargetYear", 2035),
                entry("threshold.budget.assumedRealGdpGrowthPct", 1.5),
                entry("derived.requiredRealChangePct", 4.97), entry("derived.yearsLeft", 10));
    }

    @Test
    void growthFastEnoughForCoreTargetDoesNotFire() {
        Assessment result = assess(soundSet(b -> b.budget(spending(2.5, 5.0))));

        assertThat(actionOfFirst(result, GROW)).isNull();
    }

    @Test
    void equipmentShareBelowGuideline() {
        Assessment result = assess(soundSet(b -> b.budget(new Budget(500.0, 18000.0, 3.6, 19.9, 3.0))));

        Action action = actionOfFirst(result, "SUSTAINABLE_BUDGETS/shift-to-capability");
        assertThat(action.ruleIds()).containsExactly("BUD-3");
        assertThat(action.priority()).isEqualTo(Priority.MEDIUM);
        assertThat(action.evidence().values()).containsExactly(
                entry("budget.equipmentPct", 19.9), entry("threshold.budget.minEquipmentPct", 20.0));
    }

    @Test
    void equipmentShareJustAtGuidelineDoesNotFire() {
        Assessment result = assess(soundSet(b -> b.budget(new Budget(500.0, 18000.0, 3.6, 20.0, 3.0))));

        assertThat(actionOfFirst(result, "SUSTAINABLE_BUDGETS/shift-to-capability")).isNull();
    }

    @Test
    void largeAssistanceShareUnderReducedSupport() {
        Assessment result = assess(soundSet(b -> b.usSupport(new UsSupport(1800.0, Dependence.LOW, 100))));

        Action action = actionOfFirst(result, "SUSTAINABLE_BUDGETS/self-fund-assistance");
        assertThat(action.ruleIds()).containsExactly("BUD-4");
        assertThat(action.priority()).isEqualTo(Priority.HIGH);
        assertThat(action.evidence().values()).containsExactly(
                entry("usSupport.assistanceUsdM", 1800.0), entry("budget.defenseUsdM", 18000.0),
                entry("scenario.usSupportLevel", "REDUCED"), entry("threshold.budget.largeAssistanceSharePct", 10.0),
                entry("derived.assistanceSharePct", 10.0));
    }

    @Test
    void largeAssistanceShareUnderFullSupportDoesNotFire() {
        Assessment result = assess(soundSet(SupportLevel.FULL, b -> b.usSupport(new UsSupport(1800.0, Dependence.LOW, 100))));

        assertThat(actionOfFirst(result, "SUSTAINABLE_BUDGETS/self-fund-assistance")).isNull();
    }

    @Test
    void realSpendingCutUnderSignificantThreat() {
        Assessment result = assess(soundSet(b -> b.budget(spending(3.6, -1.0))));

        Action action = actionOfFirst(result, GROW);
        assertThat(action.ruleIds()).containsExactly("BUD-5");
        assertThat(action.priority()).isEqualTo(Priority.HIGH);
        assertThat(action.title()).isEqualTo("Restore real growth in defense spending");
        assertThat(action.evidence().values()).containsExactly(
                entry("budget.realChangePct", -1.0), entry("threat.level", 3),
                entry("threshold.budget.realCutMattersFromThreatLevel", 3));
    }

    @Test
    void realSpendingCutUnderLowThreatDoesNotFire() {
        Assessment result = assess(soundSet(b -> b.budget(spending(3.6, -1.0)).threat(new Threat(2, List.of()))));

        assertThat(actionOfFirst(result, GROW)).isNull();
    }

    @Test
    void slowGrowthAndRealCutBecomeOneActionCitingBoth() {
        Assessment result = assess(soundSet(b -> b.budget(spending(2.5, -1.0))));

        Action action = actionOfFirst(result, GROW);
        // BUD-6 too: growing slower than the economy, under the core target, while US support is reduced
        assertThat(action.ruleIds()).containsExactly("BUD-2", "BUD-5", "BUD-6");
        assertThat(action.priority()).isEqualTo(Priority.HIGH);
        assertThat(action.rule().name()).isEqualTo("Real spending cut while the threat is significant");
        assertThat(action.rationale()).contains("Real defense spending changed by -1%").contains("reaching 3.5% by 2035");
        assertThat(Fixtures.first(result).actions()).filteredOn(a -> a.id().endsWith("sustain-real-growth")).hasSize(1);
    }
}
