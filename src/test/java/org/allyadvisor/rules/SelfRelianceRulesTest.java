package org.allyadvisor.rules;

import static org.allyadvisor.rules.Fixtures.actionOfFirst;
import static org.allyadvisor.rules.Fixtures.assess;
import static org.allyadvisor.rules.Fixtures.riskOfFirst;
import static org.allyadvisor.rules.Fixtures.soundSet;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import java.util.List;
import org.allyadvisor.advice.Category;
import org.allyadvisor.advice.Priority;
import org.allyadvisor.advice.RiskKind;
import org.allyadvisor.facts.Budget;
import org.allyadvisor.facts.Dependence;
import org.allyadvisor.facts.SupportLevel;
import org.allyadvisor.facts.UsSupport;
import org.allyadvisor.results.Action;
import org.allyadvisor.results.Assessment;
import org.allyadvisor.results.Risk;
import org.junit.jupiter.api.Test;

/**
 * The sound allies depend little on the US (LOW), receive no US assistance and host 100 US
 * personnel against US$18,000M of their own defense spending (5.6 per US$1 billion).
 */
class SelfRelianceRulesTest {

    private static final String BURDEN = "INTEROPERABILITY/share-the-burden";
    private static final String REGIONAL_TRAINING = "INTEROPERABILITY/train-with-regional-partners";
    private static final String SELF_SUSTAINMENT = "US_ASSISTANCE/aid-for-self-sustainment";
    private static final String MULTILATERAL =
            "REGIONAL_PARTNERSHIPS/join-multilateral-arrangement";

    @Test
    void usForcesCarryingALargeShareOfDefenseCallForBurdenSharing() {
        // 4,500 US personnel against US$18,000M: 250 per US$1 billion, just at the threshold
        Assessment result =
                assess(soundSet(b -> b.usSupport(new UsSupport(0.0, Dependence.LOW, 4500))));

        Action action = actionOfFirst(result, BURDEN);
        assertThat(action.ruleIds()).containsExactly("INT-4");
        assertThat(action.category()).isEqualTo(Category.INTEROPERABILITY);
        assertThat(action.priority()).isEqualTo(Priority.MEDIUM);
        assertThat(action.title())
                .isEqualTo("Share the burden: plan to take over roles US forces fill now");
        assertThat(action.rationale())
                .isEqualTo(
                        "The ally hosts 4500 US personnel, 250 for each US$1 billion of its "
                                + "own $18000M defense spending, now that US support is limited: sharing the burden means taking over "
                                + "part of what they do.");
        assertThat(action.evidence().values())
                .containsExactly(
                        entry("usSupport.usTroops", 4500),
                        entry("budget.defenseUsdM", 18000.0),
                        entry("scenario.usSupportLevel", "REDUCED"),
                        entry("threshold.interoperability.usTroopsPerOwnDefenseUsdBn", 250.0),
                        entry("derived.usTroopsPerOwnDefenseUsdBn", 250.0),
                        entry("distance.usTroopsPerUsdBnAboveLine", 0.0));
        assertThat(Fixtures.first(result).actions()).hasSize(1);
    }

    @Test
    void usForcesJustUnderTheShareDoNotFire() {
        Assessment result =
                assess(soundSet(b -> b.usSupport(new UsSupport(0.0, Dependence.LOW, 4499))));

        assertThat(actionOfFirst(result, BURDEN)).isNull();
    }

    @Test
    void usForcesCarryingTheDefenseOfAnAllyBelowTheFloorIsHigh() {
        // 2,250 US personnel against US$9,000M (250 per US$1 billion) and 1.8% of GDP
        Assessment result =
                assess(
                        soundSet(
                                b ->
                                        b.usSupport(new UsSupport(0.0, Dependence.LOW, 2250))
                                                .budget(
                                                        new Budget(
                                                                500.0, 9000.0, 1.8, 30.0, 3.0))));

        Action action = actionOfFirst(result, BURDEN);
        assertThat(action.ruleIds()).containsExactly("INT-4");
        // the HIGH rule decides; just past the burden line (250 per US$1bn), its score earns MEDIUM
        assertThat(action.scoring().severity()).isEqualTo(Priority.HIGH);
        assertThat(action.rationale())
                .startsWith(
                        "Spending 1.8% of GDP, under the 2% floor, the ally carries less of "
                                + "the common burden than the guideline asks. The ally hosts 2250 US personnel");
        assertThat(action.evidence().values())
                .containsEntry("budget.defensePctGdp", 1.8)
                .containsEntry("threshold.budget.floorPctGdp", 2.0);
    }

    @Test
    void usForcesCarryingALargeShareUnderFullSupportDoNotFire() {
        Assessment result =
                assess(
                        soundSet(
                                SupportLevel.FULL,
                                b -> b.usSupport(new UsSupport(0.0, Dependence.LOW, 4500))));

        assertThat(actionOfFirst(result, BURDEN)).isNull();
    }

    @Test
    void relianceOnUsCapabilitiesCallsForTrainingWithRegionalPartners() {
        Assessment result =
                assess(soundSet(b -> b.usSupport(new UsSupport(0.0, Dependence.MEDIUM, 100))));

        Action action = actionOfFirst(result, REGIONAL_TRAINING);
        assertThat(action.ruleIds()).containsExactly("INT-5");
        assertThat(action.category()).isEqualTo(Category.INTEROPERABILITY);
        assertThat(action.priority()).isEqualTo(Priority.MEDIUM);
        assertThat(action.title())
                .isEqualTo("Train with partners in Europe-Test, not only with US forces");
        assertThat(action.rationale())
                .isEqualTo(
                        "The ally's dependence on US-supplied critical capabilities is "
                                + "MEDIUM: joint exercises with neighbours in Europe-Test build the cohesion to operate without "
                                + "relying on American resources.");
        assertThat(action.evidence().values())
                .containsExactly(
                        entry("usSupport.dependence", "MEDIUM"),
                        entry("threshold.usAssistance.relianceFrom", "MEDIUM"),
                        entry("distance.dependenceLevelsAboveLow", 1.0));
        assertThat(Fixtures.first(result).actions()).hasSize(1);
    }

    @Test
    void lowDependenceDoesNotCallForRegionalTraining() {
        Assessment result =
                assess(soundSet(b -> b.usSupport(new UsSupport(0.0, Dependence.LOW, 100))));

        assertThat(actionOfFirst(result, REGIONAL_TRAINING)).isNull();
    }

    @Test
    void aidReceivedWhileRelyingOnUsCapabilitiesShouldBuildSelfSustainment() {
        Assessment result =
                assess(soundSet(b -> b.usSupport(new UsSupport(50.0, Dependence.HIGH, 100))));

        Action action = actionOfFirst(result, SELF_SUSTAINMENT);
        assertThat(action.ruleIds()).containsExactly("US-5");
        assertThat(action.category()).isEqualTo(Category.US_ASSISTANCE);
        assertThat(action.priority()).isEqualTo(Priority.MEDIUM);
        assertThat(action.title())
                .isEqualTo("Ask that US aid build the means to sustain its own capabilities");
        assertThat(action.evidence().values())
                .containsExactly(
                        entry("usSupport.assistanceUsdM", 50.0),
                        entry("usSupport.dependence", "HIGH"),
                        entry("scenario.usSupportLevel", "REDUCED"),
                        entry("threshold.usAssistance.relianceFrom", "MEDIUM"),
                        entry("distance.dependenceLevelsAboveLow", 2.0));
    }

    @Test
    void noAidReceivedDoesNotFire() {
        Assessment result =
                assess(soundSet(b -> b.usSupport(new UsSupport(0.0, Dependence.HIGH, 100))));

        assertThat(actionOfFirst(result, SELF_SUSTAINMENT)).isNull();
    }

    @Test
    void aidWithLowDependenceDoesNotFire() {
        Assessment result =
                assess(soundSet(b -> b.usSupport(new UsSupport(50.0, Dependence.LOW, 100))));

        assertThat(actionOfFirst(result, SELF_SUSTAINMENT)).isNull();
    }

    @Test
    void aidUnderFullSupportDoesNotFire() {
        Assessment result =
                assess(
                        soundSet(
                                SupportLevel.FULL,
                                b -> b.usSupport(new UsSupport(50.0, Dependence.HIGH, 100))));

        assertThat(actionOfFirst(result, SELF_SUSTAINMENT)).isNull();
    }

    @Test
    void usPresenceWithoutAMultilateralDefenseFramework() {
        Assessment result =
                assess(
                        soundSet(
                                b ->
                                        b.memberships(List.of("Quad"))
                                                .usSupport(
                                                        new UsSupport(0.0, Dependence.LOW, 1000))));

        Action action = actionOfFirst(result, MULTILATERAL);
        assertThat(action.ruleIds()).containsExactly("REG-4");
        assertThat(action.category()).isEqualTo(Category.REGIONAL_PARTNERSHIPS);
        assertThat(action.priority()).isEqualTo(Priority.HIGH);
        assertThat(action.title()).isEqualTo("Join or build a multilateral security arrangement");
        assertThat(action.rationale())
                .isEqualTo(
                        "None of the ally's frameworks (Quad) is a multilateral defense "
                                + "framework, and 1000 US personnel are stationed there: its security rests on a bilateral tie to the US.");
        assertThat(action.evidence().values())
                .containsExactly(
                        entry("memberships", List.of("Quad")),
                        entry("usSupport.usTroops", 1000),
                        entry(
                                "threshold.regional.defenseFrameworks",
                                List.of("ANZUS", "EU", "JEF", "NATO")),
                        entry("threshold.usAssistance.usPresenceTroops", 1000));
        Risk risk = riskOfFirst(result, RiskKind.BILATERAL_ONLY);
        assertThat(risk.ruleId()).isEqualTo("REG-4");
        assertThat(risk.level()).isEqualTo(Priority.HIGH);
        assertThat(Fixtures.first(result).actions()).hasSize(1);
        assertThat(Fixtures.first(result).risks()).hasSize(1);
    }

    @Test
    void relianceOnUsCapabilitiesWithoutAMultilateralDefenseFramework() {
        Assessment result =
                assess(
                        soundSet(
                                b ->
                                        b.memberships(List.of("Quad", "FiveEyes"))
                                                .usSupport(
                                                        new UsSupport(0.0, Dependence.HIGH, 100))));

        Action action = actionOfFirst(result, MULTILATERAL);
        assertThat(action.ruleIds()).containsExactly("REG-4");
        assertThat(action.rationale())
                .isEqualTo(
                        "None of the ally's frameworks (FiveEyes and Quad) is a multilateral "
                                + "defense framework, and its dependence on US-supplied capabilities is HIGH: its security rests on a "
                                + "bilateral tie to the US.");
        assertThat(action.evidence().values()).containsEntry("usSupport.dependence", "HIGH");
        assertThat(riskOfFirst(result, RiskKind.BILATERAL_ONLY).ruleId()).isEqualTo("REG-4");
    }

    @Test
    void usPresenceJustUnderAStandingOneDoesNotFire() {
        Assessment result =
                assess(
                        soundSet(
                                b ->
                                        b.memberships(List.of("Quad"))
                                                .usSupport(
                                                        new UsSupport(0.0, Dependence.LOW, 999))));

        assertThat(actionOfFirst(result, MULTILATERAL)).isNull();
        assertThat(riskOfFirst(result, RiskKind.BILATERAL_ONLY)).isNull();
    }

    @Test
    void oneMultilateralDefenseFrameworkAmongTheMembershipsDoesNotFire() {
        Assessment result =
                assess(
                        soundSet(
                                b ->
                                        b.memberships(List.of("Quad", "EU"))
                                                .usSupport(
                                                        new UsSupport(
                                                                0.0, Dependence.HIGH, 1000))));

        assertThat(actionOfFirst(result, MULTILATERAL)).isNull();
        assertThat(riskOfFirst(result, RiskKind.BILATERAL_ONLY)).isNull();
    }

    @Test
    void noMembershipAtAllIsRegThreesCaseAlone() {
        Assessment result =
                assess(
                        soundSet(
                                b ->
                                        b.memberships(List.of())
                                                .usSupport(
                                                        new UsSupport(
                                                                0.0, Dependence.HIGH, 1000))));

        assertThat(actionOfFirst(result, MULTILATERAL).ruleIds()).containsExactly("REG-3");
        assertThat(Fixtures.first(result).risks())
                .filteredOn(r -> r.kind() == RiskKind.BILATERAL_ONLY)
                .extracting(Risk::ruleId)
                .containsExactly("REG-3");
    }
}
