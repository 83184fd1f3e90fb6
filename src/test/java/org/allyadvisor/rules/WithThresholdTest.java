package org.allyadvisor.rules;

import static org.allyadvisor.rules.Fixtures.actionOfFirst;
import static org.allyadvisor.rules.Fixtures.shippedRules;
import static org.allyadvisor.rules.Fixtures.soundSet;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.allyadvisor.engine.Assessor;
import org.allyadvisor.facts.Budget;
import org.allyadvisor.facts.FactSet;
import org.allyadvisor.facts.SupportLevel;
import org.allyadvisor.results.Assessment;
import org.junit.jupiter.api.Test;

/** A rule set with one threshold changed in memory: the rules as if the thresholds file said so. */
class WithThresholdTest {

    private static final String RAISE = "SUSTAINABLE_BUDGETS/raise-to-floor";

    private static Assessment assess(RuleSet rules, FactSet facts) throws Exception {
        return new Assessor(rules).assess(facts);
    }

    private static FactSet spendingAt(double pctGdp) {
        return soundSet(b -> b.budget(new Budget(500.0, 18000.0, pctGdp, 30.0, 3.0)));
    }

    @Test
    void aLowerFloorWithdrawsTheAdviceToRaiseSpending() throws Exception {
        RuleSet lower = shippedRules().withThreshold("budget.floorPctGdp", new BigDecimal("1.8"));

        assertThat(actionOfFirst(assess(shippedRules(), spendingAt(1.9)), RAISE)).isNotNull();
        assertThat(actionOfFirst(assess(lower, spendingAt(1.9)), RAISE)).isNull();
        assertThat(lower.thresholds().budget().floorPctGdp()).isEqualTo(1.8);
        assertThat(shippedRules().thresholds().budget().floorPctGdp()).isEqualTo(2.0);
    }

    @Test
    void theChangedRuleSetNamesTheChangeLikeAnEditedFile() throws Exception {
        RuleSet lower = shippedRules().withThreshold("budget.floorPctGdp", new BigDecimal("1.80"));

        assertThat(lower.thresholdValues()).containsEntry("budget.floorPctGdp", "1.8");
        assertThat(lower.sha256()).isNotEqualTo(shippedRules().sha256());
        assertThat(lower.source()).isEqualTo(shippedRules().source());
        assertThat(lower.rules()).isEqualTo(shippedRules().rules());
        // the value the file has already leaves the file as it is on disk: 2 is not rewritten as
        // 2.00
        assertThat(
                        shippedRules()
                                .withThreshold("budget.floorPctGdp", new BigDecimal("2.00"))
                                .sha256())
                .isEqualTo(shippedRules().sha256());
    }

    @Test
    void theSameChangeWrittenInTheFileGivesTheSameFingerprint() throws Exception {
        Path dir = Files.createTempDirectory("with-threshold");
        RuleFolder folder =
                RuleFolder.copyOfShipped(dir)
                        .replaceIn("thresholds.yaml", "  floorPctGdp: 2.0 ", "  floorPctGdp: 2.5 ");
        RuleSet edited = RuleSet.load(folder.dir());
        RuleSet changed =
                RuleSet.load(
                                RuleFolder.copyOfShipped(
                                                Files.createTempDirectory("with-threshold"))
                                        .dir())
                        .withThreshold("budget.floorPctGdp", new BigDecimal("2.5"));

        assertThat(changed.sha256()).isEqualTo(edited.sha256());
    }

    @Test
    void aValueTheFileCouldNotHoldIsRefusedWithTheFilesOwnMessage() {
        assertThatThrownBy(
                        () ->
                                shippedRules()
                                        .withThreshold("budget.floorPctGdp", new BigDecimal("1.2")))
                .isInstanceOfSatisfying(
                        RuleSetException.class,
                        refused ->
                                assertThat(refused.problems())
                                        .extracting(RuleProblem::toString)
                                        .singleElement()
                                        .asString()
                                        .matches(
                                                "rules/thresholds\\.yaml:\\d+:\\d+: error: budget\\.farBelowFloorPctGdp: must be at least 0 "
                                                        + "and below budget\\.floorPctGdp \\(1\\.2\\)"));
    }

    @Test
    void aWholeNumberThresholdRefusesAFraction() {
        assertThat(shippedRules().numericThresholds().get("risk.highThreatLevel").whole()).isTrue();
        assertThat(shippedRules().numericThresholds().get("budget.floorPctGdp").whole()).isFalse();
        assertThatThrownBy(
                        () ->
                                shippedRules()
                                        .withThreshold(
                                                "risk.highThreatLevel", new BigDecimal("3.5")))
                .isInstanceOf(RuleSetException.class)
                .hasMessageContaining("risk.highThreatLevel: expected a whole number, got 3.5");
    }

    @Test
    void aScenarioOverrideCanBeChangedAndHoldsUnderItsScenario() throws Exception {
        String path = "supportLevels.MINIMAL.overrides.risk.highThreatLevel";
        NumericThreshold override = shippedRules().numericThresholds().get(path);
        assertThat(override).isEqualTo(new NumericThreshold(path, new BigDecimal("3"), true));

        RuleSet changed = shippedRules().withThreshold(path, new BigDecimal("5"));

        assertThat(changed.thresholds(SupportLevel.MINIMAL).risk().highThreatLevel()).isEqualTo(5);
        assertThat(changed.thresholds(SupportLevel.REDUCED).risk().highThreatLevel()).isEqualTo(4);
    }

    @Test
    void aPathThatIsNoNumberOfTheFileIsRefused() {
        assertThatThrownBy(() -> shippedRules().withThreshold("budget.floorPct", BigDecimal.ONE))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("no number 'budget.floorPct' in the thresholds file");
        assertThatThrownBy(
                        () ->
                                shippedRules()
                                        .withThreshold("supportLevels.FULL.phrase", BigDecimal.ONE))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aNullPathOrValueIsRefusedByItsName() {
        // an embedder's null once surfaced as BigDecimal's own "Cannot read field "scale""
        assertThatThrownBy(() -> shippedRules().withThreshold("budget.floorPctGdp", null))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("value");
        assertThatThrownBy(() -> shippedRules().withThreshold(null, BigDecimal.ONE))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("path");
    }

    @Test
    void numbersAreListedInFileOrderWithTheThresholdsRulesRead() {
        List<String> paths = List.copyOf(shippedRules().numericThresholds().keySet());

        assertThat(paths)
                .startsWith(
                        "budget.floorPctGdp",
                        "budget.farBelowFloorPctGdp",
                        "budget.coreTargetPctGdp");
        assertThat(paths).contains("technology.requiredMaturity.5", "scoring.priorityFrom.HIGH");
        assertThat(shippedRules().thresholdsReadByRules())
                .contains("budget.floorPctGdp", "risk.highThreatLevel")
                .doesNotContain("scoring.priorityFrom");
    }
}
