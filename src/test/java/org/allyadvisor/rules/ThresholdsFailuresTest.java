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
                rules.shown("thresholds.yaml") + ":25:5: error: technology.requiredMaturity.5: must be between 1 and 5, got 7",
                rules.shown("thresholds.yaml") + ":78:3: error: scoring.priorityFrom: cut-offs must fall from CRITICAL to HIGH to MEDIUM");
    }

    @Test
    void incompleteTableNamesWhatIsMissing() {
        RuleFolder rules = RuleFolder.copyOfShipped(temp).replaceIn("thresholds.yaml", "    MINIMAL: 1.00\n", "");

        assertThat(problemsOf(rules)).containsExactly(
                rules.shown("thresholds.yaml") + ":74:3: error: scoring.supportLevel: missing entries for MINIMAL");
    }

    @Test
    void unknownKeyInTableListsTheAllowedOnes() {
        RuleFolder rules = RuleFolder.copyOfShipped(temp).replaceIn("thresholds.yaml", "    MINIMAL: 1.00\n",
                "    MINIMAL: 1.00\n    NONE: 1.00\n");

        assertThat(problemsOf(rules)).containsExactly(
                rules.shown("thresholds.yaml") + ":78:5: error: scoring.supportLevel.NONE: unknown key 'NONE'; allowed: FULL, REDUCED, MINIMAL");
    }

    @Test
    void unknownValueInAListNamesTheAllowedOnes() {
        RuleFolder rules = RuleFolder.copyOfShipped(temp).replaceIn("thresholds.yaml",
                "CYBER_DEFENSE: [CYBER, HYBRID]", "CYBER_DEFENSE: [CYBER, HYRBID]");

        assertThat(problemsOf(rules)).containsExactly(rules.shown("thresholds.yaml")
                + ":28:5: error: technology.domainsDefended.CYBER_DEFENSE.1: unknown value \"HYRBID\"; "
                + "allowed: LAND, MARITIME, AIR, MISSILE, CYBER, SPACE, HYBRID");
    }

    @Test
    void capabilityWithoutItsDomainsIsReported() {
        RuleFolder rules = RuleFolder.copyOfShipped(temp).replaceIn("thresholds.yaml",
                "    UNMANNED: [AIR, MARITIME, LAND]\n", "");

        assertThat(problemsOf(rules)).containsExactly(rules.shown("thresholds.yaml")
                + ":27:3: error: technology.domainsDefended: missing entries for UNMANNED");
    }

    @Test
    void frameworksMustBeANonEmptyListOfNames() {
        RuleFolder empty = RuleFolder.copyOfShipped(temp.resolve("empty")).replaceIn("thresholds.yaml",
                "defenseFrameworks: [NATO, EU, ANZUS, JEF]", "defenseFrameworks: []");
        RuleFolder notAList = RuleFolder.copyOfShipped(temp.resolve("text")).replaceIn("thresholds.yaml",
                "defenseFrameworks: [NATO, EU, ANZUS, JEF]", "defenseFrameworks: NATO");
        RuleFolder twice = RuleFolder.copyOfShipped(temp.resolve("twice")).replaceIn("thresholds.yaml",
                "defenseFrameworks: [NATO, EU, ANZUS, JEF]", "defenseFrameworks: [NATO, EU, NATO, 7]");

        assertThat(problemsOf(empty)).containsExactly(empty.shown("thresholds.yaml")
                + ":38:3: error: regional.defenseFrameworks: must name at least one framework");
        assertThat(problemsOf(notAList)).containsExactly(notAList.shown("thresholds.yaml")
                + ":38:3: error: regional.defenseFrameworks: expected a list, got \"NATO\"");
        assertThat(problemsOf(twice)).containsExactly(twice.shown("thresholds.yaml")
                + ":38:3: error: regional.defenseFrameworks.3: expected a name, got 7");
    }

    @Test
    void repeatedFrameworkIsReported() {
        RuleFolder rules = RuleFolder.copyOfShipped(temp).replaceIn("thresholds.yaml",
                "defenseFrameworks: [NATO, EU, ANZUS, JEF]", "defenseFrameworks: [NATO, EU, NATO]");

        assertThat(problemsOf(rules)).containsExactly(rules.shown("thresholds.yaml")
                + ":38:3: error: regional.defenseFrameworks: lists NATO more than once");
    }

    @Test
    void relianceLevelMustBeADependenceAboveLow() {
        RuleFolder unknown = RuleFolder.copyOfShipped(temp.resolve("unknown")).replaceIn("thresholds.yaml",
                "relianceFrom: MEDIUM", "relianceFrom: SOME");
        RuleFolder low = RuleFolder.copyOfShipped(temp.resolve("low")).replaceIn("thresholds.yaml",
                "relianceFrom: MEDIUM", "relianceFrom: LOW");

        assertThat(problemsOf(unknown)).containsExactly(unknown.shown("thresholds.yaml")
                + ":55:3: error: usAssistance.relianceFrom: unknown value \"SOME\"; allowed: LOW, MEDIUM, HIGH");
        assertThat(problemsOf(low)).containsExactly(low.shown("thresholds.yaml")
                + ":55:3: error: usAssistance.relianceFrom: must be MEDIUM or HIGH: LOW would count every ally as "
                + "relying on the US");
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
