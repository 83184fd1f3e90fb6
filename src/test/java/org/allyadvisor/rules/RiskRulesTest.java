package org.allyadvisor.rules;

import static org.allyadvisor.rules.Fixtures.assess;
import static org.allyadvisor.rules.Fixtures.riskOfFirst;
import static org.allyadvisor.rules.Fixtures.soundSet;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import java.util.List;
import org.allyadvisor.advice.Priority;
import org.allyadvisor.advice.RiskKind;
import org.allyadvisor.facts.Budget;
import org.allyadvisor.facts.Dependence;
import org.allyadvisor.facts.SupportLevel;
import org.allyadvisor.facts.Threat;
import org.allyadvisor.facts.UsSupport;
import org.allyadvisor.results.Assessment;
import org.allyadvisor.results.Risk;
import org.junit.jupiter.api.Test;

class RiskRulesTest {

    private static final Budget BELOW_FLOOR = new Budget(500.0, 9500.0, 1.9, 30.0, 3.0);
    private static final Budget AT_FLOOR = new Budget(500.0, 10000.0, 2.0, 30.0, 3.0);

    @Test
    void highThreatWithSpendingBelowFloorStretchesCapacity() {
        Assessment result =
                assess(soundSet(b -> b.budget(BELOW_FLOOR).threat(new Threat(4, List.of()))));

        Risk risk = riskOfFirst(result, RiskKind.STRETCHED_CAPACITY);
        assertThat(risk.ruleId()).isEqualTo("RISK-1");
        assertThat(risk.level()).isEqualTo(Priority.HIGH);
        assertThat(risk.score()).isEqualTo(62.6); // 72.2 x 0.867: one weakness of the full three
        assertThat(risk.rationale())
                .isEqualTo(
                        "Threat level 4 with defense spending below the floor: added "
                                + "regional responsibilities may stretch the ally's forces.");
        assertThat(risk.evidence().values())
                .containsExactly(
                        entry("threat.level", 4),
                        entry("threshold.risk.highThreatLevel", 4),
                        entry("distance.weaknesses", 1.0));
    }

    @Test
    void highThreatWithSpendingAtFloorDoesNotStretch() {
        Assessment result =
                assess(soundSet(b -> b.budget(AT_FLOOR).threat(new Threat(4, List.of()))));

        assertThat(riskOfFirst(result, RiskKind.STRETCHED_CAPACITY)).isNull();
    }

    @Test
    void highDependenceWhileSupportReduced() {
        Assessment result =
                assess(soundSet(b -> b.usSupport(new UsSupport(0.0, Dependence.HIGH, 100))));

        Risk risk = riskOfFirst(result, RiskKind.RELIABILITY_REASSESSMENT);
        assertThat(risk.ruleId()).isEqualTo("RISK-2");
        assertThat(risk.level()).isEqualTo(Priority.HIGH);
        assertThat(risk.score()).isEqualTo(68.4); // HIGH dependence counts in full
        assertThat(risk.rationale())
                .isEqualTo(
                        "The ally's dependence on US-supplied critical capabilities is HIGH "
                                + "now that US support is limited: it may come to doubt US commitments.");
        assertThat(risk.evidence().values())
                .containsExactly(
                        entry("usSupport.dependence", "HIGH"),
                        entry("scenario.usSupportLevel", "REDUCED"),
                        entry("threshold.risk.reliabilityRiskFromDependence", "HIGH"),
                        entry("distance.dependenceLevelsAboveLow", 2.0));
    }

    @Test
    void mediumDependenceWhileSupportReducedIsNoReliabilityRisk() {
        Assessment result =
                assess(soundSet(b -> b.usSupport(new UsSupport(0.0, Dependence.MEDIUM, 100))));

        assertThat(riskOfFirst(result, RiskKind.RELIABILITY_REASSESSMENT)).isNull();
    }

    @Test
    void highDependenceUnderFullSupportIsNoReliabilityRisk() {
        Assessment result =
                assess(
                        soundSet(
                                SupportLevel.FULL,
                                b -> b.usSupport(new UsSupport(0.0, Dependence.HIGH, 100))));

        assertThat(riskOfFirst(result, RiskKind.RELIABILITY_REASSESSMENT)).isNull();
    }

    @Test
    void consequencesOfReducedBackingAreNoRisksUnderFullSupport() {
        Assessment result =
                assess(
                        soundSet(
                                SupportLevel.FULL,
                                5,
                                b -> b.budget(BELOW_FLOOR).threat(new Threat(5, null)),
                                b -> b));

        assertThat(riskOfFirst(result, RiskKind.EMERGING_POWER_GAP)).isNull();
        assertThat(riskOfFirst(result, RiskKind.STRETCHED_CAPACITY)).isNull();
        assertThat(Fixtures.first(result).actions()).isNotEmpty(); // the advice itself stands
    }

    @Test
    void weakAllyInActiveRegionLeavesGapForEmergingPowers() {
        Assessment result =
                assess(soundSet(SupportLevel.REDUCED, 4, b -> b.budget(BELOW_FLOOR), b -> b));

        Risk risk = riskOfFirst(result, RiskKind.EMERGING_POWER_GAP);
        assertThat(risk.ruleId()).isEqualTo("RISK-3");
        assertThat(risk.scoring().severity()).isEqualTo(Priority.HIGH);
        assertThat(risk.score()).isEqualTo(54.7); // activity 4 is the line itself: 68.4 x 0.8
        assertThat(risk.rationale())
                .isEqualTo(
                        "Rival powers are active in Europe-Test (activity 4 of 5) and the "
                                + "ally shows gaps (defense spending below the floor) they could exploit.");
        assertThat(risk.evidence().values())
                .containsExactly(
                        entry("region.emergingPowerActivity", 4),
                        entry("threshold.regional.highEmergingPowerActivity", 4),
                        entry("distance.activityAboveLine", 0.0));
    }

    @Test
    void soundAllyInActiveRegionLeavesNoGap() {
        Assessment result =
                assess(soundSet(SupportLevel.REDUCED, 4, b -> b.budget(AT_FLOOR), b -> b));

        assertThat(riskOfFirst(result, RiskKind.EMERGING_POWER_GAP)).isNull();
    }

    @Test
    void weakAllyInQuietRegionLeavesNoGap() {
        Assessment result =
                assess(soundSet(SupportLevel.REDUCED, 3, b -> b.budget(BELOW_FLOOR), b -> b));

        assertThat(riskOfFirst(result, RiskKind.EMERGING_POWER_GAP)).isNull();
    }
}
