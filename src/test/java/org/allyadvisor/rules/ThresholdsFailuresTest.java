package org.allyadvisor.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A thresholds file with policy mistakes: every one reported at its line, with the threshold's path. */
class ThresholdsFailuresTest {

    @TempDir
    Path temp;

    private static List<String> problemsOf(RuleFolder folder) {
        return folder.problems();
    }

    @Test
    void misspeltThresholdSuggestsTheNearestName() {
        RuleFolder rules = RuleFolder.copyOfShipped(temp).replaceIn("thresholds.yaml",
                "  floorPctGdp: 2.0", "  floorPctGpd: 2.0");

        assertThat(problemsOf(rules)).containsExactly(
                rules.shown("thresholds.yaml") + ":7:1: error: budget.floorPctGdp: threshold is missing",
                rules.shown("thresholds.yaml") + ":8:3: error: budget.floorPctGpd: unknown threshold 'floorPctGpd'; did you mean 'floorPctGdp'?");
    }

    @Test
    void textWhereANumberBelongsIsReported() {
        RuleFolder rules = RuleFolder.copyOfShipped(temp).replaceIn("thresholds.yaml",
                "  minEquipmentPct: 20.0", "  minEquipmentPct: twenty");

        assertThat(problemsOf(rules)).containsExactly(
                rules.shown("thresholds.yaml") + ":13:3: error: budget.minEquipmentPct: expected a number, got \"twenty\"");
    }

    @Test
    void fractionWhereAWholeNumberBelongsIsReported() {
        RuleFolder rules = RuleFolder.copyOfShipped(temp).replaceIn("thresholds.yaml",
                "  coreTargetYear: 2035", "  coreTargetYear: 2035.5");

        assertThat(problemsOf(rules)).containsExactly(
                rules.shown("thresholds.yaml") + ":11:3: error: budget.coreTargetYear: expected a whole number, got 2035.5");
    }

    @Test
    void everyPolicyMistakeIsReported() {
        RuleFolder rules = RuleFolder.copyOfShipped(temp)
                .replaceIn("thresholds.yaml", "  farBelowFloorPctGdp: 1.5", "  farBelowFloorPctGdp: 2.5")
                .replaceIn("thresholds.yaml", "    CRITICAL: 85\n", "    CRITICAL: 50\n")
                .replaceIn("thresholds.yaml", "    5: 4\n", "    5: 7\n");

        assertThat(problemsOf(rules)).containsExactly(
                rules.shown("thresholds.yaml") + ":9:3: error: budget.farBelowFloorPctGdp: must be at least 0 and below budget.floorPctGdp (2.0)",
                rules.shown("thresholds.yaml") + ":23:5: error: technology.requiredMaturity.5: must be between 1 and 5, got 7",
                rules.shown("thresholds.yaml") + ":90:3: error: scoring.priorityFrom: cut-offs must fall from CRITICAL to HIGH to MEDIUM");
    }

    @Test
    void incompleteTableNamesWhatIsMissing() {
        RuleFolder rules = RuleFolder.copyOfShipped(temp).replaceIn("thresholds.yaml", "    MINIMAL: 1.00\n", "");

        assertThat(problemsOf(rules)).containsExactly(
                rules.shown("thresholds.yaml") + ":61:3: error: scoring.supportLevel: missing entries for MINIMAL");
    }

    @Test
    void unknownKeyInTableListsTheAllowedOnes() {
        RuleFolder rules = RuleFolder.copyOfShipped(temp).replaceIn("thresholds.yaml", "    MINIMAL: 1.00\n",
                "    MINIMAL: 1.00\n    NONE: 1.00\n");

        assertThat(problemsOf(rules)).containsExactly(
                rules.shown("thresholds.yaml") + ":65:5: error: scoring.supportLevel.NONE: unknown key 'NONE'; allowed: FULL, REDUCED, MINIMAL");
    }

    @Test
    void distanceWeightsOutOfRangeAreReported() {
        RuleFolder rules = RuleFolder.copyOfShipped(temp)
                .replaceIn("thresholds.yaml", "    atTheLine: 0.8 ", "    atTheLine: 1.2 ")
                .replaceIn("thresholds.yaml", "      realCutPct: 5.0 ", "      realCutPct: 0 ");

        assertThat(problemsOf(rules)).containsExactly(
                rules.shown("thresholds.yaml") + ":66:5: error: scoring.distance.atTheLine: must be above 0 and at most 1, got 1.2",
                rules.shown("thresholds.yaml") + ":77:7: error: scoring.distance.full.realCutPct: must be above 0, got 0.0");
    }

    @Test
    void distanceARuleStatesButTheThresholdsDoNotWeighIsReportedAtBothEnds() {
        RuleFolder rules = RuleFolder.copyOfShipped(temp).replaceIn("budget.drl",
                ".distance(\"realCutPct\"", ".distance(\"realCutPtc\"");

        assertThat(problemsOf(rules)).containsExactly(
                rules.shown("thresholds.yaml") + ":77:7: error: scoring.distance.full.realCutPct: no rule states "
                        + "distance 'realCutPct'; did you mean 'realCutPtc'?",
                rules.shown("budget.drl") + ":150:20: error: distance 'realCutPtc' has no full distance in "
                        + "scoring.distance.full of thresholds.yaml; did you mean 'realCutPct'?");
    }

    @Test
    void misspeltFullDistanceSuggestsTheMeasureTheRulesState() {
        RuleFolder rules = RuleFolder.copyOfShipped(temp).replaceIn("thresholds.yaml",
                "      pointsBelowFloor: 1.0", "      pointsBelowFlor: 1.0");

        assertThat(problemsOf(rules)).contains(
                rules.shown("thresholds.yaml") + ":72:7: error: scoring.distance.full.pointsBelowFlor: no rule states "
                        + "distance 'pointsBelowFlor'; did you mean 'pointsBelowFloor'?");
    }

    @Test
    void malformedYamlIsOneLine() {
        RuleFolder rules = RuleFolder.copyOfShipped(temp).replaceIn("thresholds.yaml",
                "  floorPctGdp: 2.0", "  floorPctGdp: [2.0");

        assertThat(problemsOf(rules)).hasSize(1).allMatch(p -> p.startsWith(rules.shown("thresholds.yaml") + ":"));
    }

    @Test
    void emptyThresholdsFileIsRejected() {
        RuleFolder rules = RuleFolder.copyOfShipped(temp).write("thresholds.yaml", "# nothing yet\n");

        assertThat(problemsOf(rules)).containsExactly(
                rules.shown("thresholds.yaml") + ": error: empty thresholds file");
    }
}
