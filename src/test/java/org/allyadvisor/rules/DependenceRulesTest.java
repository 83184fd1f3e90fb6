package org.allyadvisor.rules;

import static org.allyadvisor.rules.Fixtures.actionOfFirst;
import static org.allyadvisor.rules.Fixtures.assess;
import static org.allyadvisor.rules.Fixtures.first;
import static org.allyadvisor.rules.Fixtures.riskOfFirst;
import static org.allyadvisor.rules.Fixtures.soundSet;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import java.util.List;
import org.allyadvisor.advice.Priority;
import org.allyadvisor.advice.RiskKind;
import org.allyadvisor.facts.Dependence;
import org.allyadvisor.facts.Diplomacy;
import org.allyadvisor.facts.UsSupport;
import org.allyadvisor.results.Action;
import org.allyadvisor.results.Assessment;
import org.allyadvisor.results.DataGap;
import org.allyadvisor.results.Risk;
import org.junit.jupiter.api.Test;

/**
 * DEP-1, the classification DIP-2 and RISK-2 act on: dependence as the facts give it, or derived
 * from the US share of the ally's arms imports with the bands of thresholds.yaml (HIGH from 66.67%,
 * MEDIUM from 33.33%, nothing below 100 TIV). Seen through RISK-2 (HIGH), DIP-2 (MEDIUM or HIGH,
 * with no US dialogue) and the data gaps.
 */
class DependenceRulesTest {

    private static final String US_DIALOGUE = "DIPLOMATIC_ENGAGEMENT/synchronize-with-us";

    /**
     * Dependence not given; the US supplied {@code sharePct} of {@code importsTiv} TIV of imports.
     */
    private static UsSupport imports(Double sharePct, Double importsTiv) {
        return new UsSupport(0.0, null, 100, sharePct, importsTiv);
    }

    private static Assessment withoutUsDialogue(UsSupport usSupport) {
        return assess(soundSet(b -> b.usSupport(usSupport).diplomacy(new Diplomacy(5, false))));
    }

    @Test
    void shareAtTwoThirdsDerivesHighDependence() {
        Assessment result = assess(soundSet(b -> b.usSupport(imports(66.67, 100.0))));

        Risk risk = riskOfFirst(result, RiskKind.RELIABILITY_REASSESSMENT);
        assertThat(risk.ruleId()).isEqualTo("RISK-2");
        assertThat(risk.evidence().values())
                .containsExactly(
                        entry("usSupport.usShareOfArmsImportsPct", 66.67),
                        entry("usSupport.armsImportsTiv", 100.0),
                        entry("threshold.dependence.highFromSharePct", 66.67),
                        entry("threshold.dependence.mediumFromSharePct", 33.33),
                        entry("threshold.dependence.minImportsTiv", 100.0),
                        entry("derived.dependence", "HIGH"),
                        entry("scenario.usSupportLevel", "REDUCED"),
                        entry("threshold.risk.reliabilityRiskFromDependence", "HIGH"),
                        entry("distance.dependenceLevelsAboveLow", 2.0));
        assertThat(risk.rationale())
                .isEqualTo(
                        "The ally's dependence on US-supplied critical capabilities is HIGH "
                                + "(derived from arms imports: the US supplied 66.67% of the 100 TIV of major arms it imported; the share "
                                + "counts imports only, so arms the ally produces itself are invisible to it) now that US support is "
                                + "limited: it may come to doubt US commitments.");
        assertThat(first(result).dataGaps()).isEmpty();
    }

    @Test
    void shareJustBelowTwoThirdsIsMediumNotHigh() {
        Assessment result = withoutUsDialogue(imports(66.66, 5000.0));

        assertThat(riskOfFirst(result, RiskKind.RELIABILITY_REASSESSMENT)).isNull();
        Action action = actionOfFirst(result, US_DIALOGUE);
        assertThat(action.ruleIds()).containsExactly("DIP-2");
        assertThat(action.priority()).isEqualTo(Priority.MEDIUM);
        assertThat(action.evidence().values()).contains(entry("derived.dependence", "MEDIUM"));
    }

    @Test
    void shareAtOneThirdDerivesMediumDependence() {
        Action action = actionOfFirst(withoutUsDialogue(imports(33.33, 5000.0)), US_DIALOGUE);

        assertThat(action.evidence().values())
                .containsExactly(
                        entry("diplomacy.usDialogue", false),
                        entry("usSupport.usShareOfArmsImportsPct", 33.33),
                        entry("usSupport.armsImportsTiv", 5000.0),
                        entry("threshold.dependence.highFromSharePct", 66.67),
                        entry("threshold.dependence.mediumFromSharePct", 33.33),
                        entry("threshold.dependence.minImportsTiv", 100.0),
                        entry("derived.dependence", "MEDIUM"),
                        entry("distance.dependenceLevelsAboveLow", 1.0));
        assertThat(action.rationale())
                .startsWith(
                        "The ally's dependence on US-supplied capabilities is MEDIUM (derived "
                                + "from arms imports: the US supplied 33.33% of the 5000 TIV")
                .contains("counts imports only");
    }

    @Test
    void shareJustBelowOneThirdIsLowAndKnown() {
        Assessment result = withoutUsDialogue(imports(33.32, 5000.0));

        assertThat(actionOfFirst(result, US_DIALOGUE)).isNull();
        assertThat(first(result).dataGaps()).as("LOW is a known dependence, not a gap").isEmpty();
    }

    @Test
    void importsJustBelowTheMinimumDeriveNoDependence() {
        Assessment result = withoutUsDialogue(imports(90.0, 99.99));

        assertThat(riskOfFirst(result, RiskKind.RELIABILITY_REASSESSMENT)).isNull();
        assertThat(actionOfFirst(result, US_DIALOGUE)).isNull();
        assertThat(first(result).dataGaps())
                .containsExactly(
                        new DataGap(
                                "usSupport.dependence",
                                List.of("DIP-2", "INT-5", "RISK-2", "US-5")));
    }

    @Test
    void shareWithoutAVolumeDerivesNoDependence() {
        Assessment result = withoutUsDialogue(imports(90.0, null));

        assertThat(riskOfFirst(result, RiskKind.RELIABILITY_REASSESSMENT)).isNull();
        assertThat(first(result).dataGaps())
                .containsExactly(
                        new DataGap(
                                "usSupport.dependence",
                                List.of("DIP-2", "INT-5", "RISK-2", "US-5")));
    }

    @Test
    void givenDependenceWinsOverTheImportShare() {
        Assessment low =
                assess(
                        soundSet(
                                b ->
                                        b.usSupport(
                                                new UsSupport(
                                                        0.0, Dependence.LOW, 100, 95.0, 5000.0))));
        Assessment high =
                assess(
                        soundSet(
                                b ->
                                        b.usSupport(
                                                new UsSupport(
                                                        0.0, Dependence.HIGH, 100, 5.0, 5000.0))));

        assertThat(riskOfFirst(low, RiskKind.RELIABILITY_REASSESSMENT)).isNull();
        Risk risk = riskOfFirst(high, RiskKind.RELIABILITY_REASSESSMENT);
        assertThat(risk.evidence().values())
                .containsExactly(
                        entry("usSupport.dependence", "HIGH"),
                                entry("scenario.usSupportLevel", "REDUCED"),
                        entry("threshold.risk.reliabilityRiskFromDependence", "HIGH"),
                                entry("distance.dependenceLevelsAboveLow", 2.0));
        assertThat(risk.rationale()).doesNotContain("derived");
    }
}
