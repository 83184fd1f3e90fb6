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
                rules.shown("thresholds.yaml") + ":24:5: error: technology.requiredMaturity.5: must be between 1 and 5, got 7",
                rules.shown("thresholds.yaml") + ":71:3: error: scoring.priorityFrom: cut-offs must fall from CRITICAL to HIGH to MEDIUM");
    }

    @Test
    void dependenceBandsMustBeSharesWithMediumBelowHigh() {
        RuleFolder rules = RuleFolder.copyOfShipped(temp)
                .replaceIn("thresholds.yaml", "  highFromSharePct: 66.67", "  highFromSharePct: 30")
                .replaceIn("thresholds.yaml", "  minImportsTiv: 100", "  minImportsTiv: -1");

        assertThat(problemsOf(rules)).containsExactly(
                rules.shown("thresholds.yaml") + ":48:3: error: dependence.mediumFromSharePct: must be below "
                        + "dependence.highFromSharePct (30)",
                rules.shown("thresholds.yaml") + ":49:3: error: dependence.minImportsTiv: must be between 0 and 1000000, got -1");
    }

    @Test
    void shareAboveAHundredPercentIsReported() {
        RuleFolder rules = RuleFolder.copyOfShipped(temp)
                .replaceIn("thresholds.yaml", "  highFromSharePct: 66.67", "  highFromSharePct: 120");

        assertThat(problemsOf(rules)).containsExactly(
                rules.shown("thresholds.yaml") + ":47:3: error: dependence.highFromSharePct: must be between 0 and 100, got 120");
    }

    @Test
    void missingDependenceSectionIsReported() {
        RuleFolder rules = RuleFolder.copyOfShipped(temp).replaceIn("thresholds.yaml", "dependence:", "dependance:");

        assertThat(problemsOf(rules)).hasSize(2).anyMatch(p -> p.endsWith(": error: dependence: threshold is missing"))
                .anyMatch(p -> p.endsWith(":46:1: error: dependance: unknown threshold 'dependance'; did you mean 'dependence'?"));
    }

    @Test
    void trendWindowMustBeAFewWholeYears() {
        RuleFolder rules = RuleFolder.copyOfShipped(temp)
                .replaceIn("thresholds.yaml", "  realGrowthTrendYears: 3", "  realGrowthTrendYears: 0");

        assertThat(problemsOf(rules)).containsExactly(
                rules.shown("thresholds.yaml") + ":16:3: error: budget.realGrowthTrendYears: must be between 1 and 10, got 0");
    }

    @Test
    void incompleteTableNamesWhatIsMissing() {
        RuleFolder rules = RuleFolder.copyOfShipped(temp).replaceIn("thresholds.yaml", "    MINIMAL: 1.00\n", "");

        assertThat(problemsOf(rules)).containsExactly(
                rules.shown("thresholds.yaml") + ":67:3: error: scoring.supportLevel: missing entries for MINIMAL");
    }

    @Test
    void unknownKeyInTableListsTheAllowedOnes() {
        RuleFolder rules = RuleFolder.copyOfShipped(temp).replaceIn("thresholds.yaml", "    MINIMAL: 1.00\n",
                "    MINIMAL: 1.00\n    NONE: 1.00\n");

        assertThat(problemsOf(rules)).containsExactly(
                rules.shown("thresholds.yaml") + ":71:5: error: scoring.supportLevel.NONE: unknown key 'NONE'; allowed: FULL, REDUCED, MINIMAL");
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

    /** The 1-based line of the first line of the thresholds file that is exactly {@code text}, after {@code from}. */
    private static int lineOf(RuleFolder rules, String text, int from) throws java.io.IOException {
        List<String> lines = java.nio.file.Files.readAllLines(rules.dir().resolve("thresholds.yaml"));
        for (int i = from; i < lines.size(); i++) {
            if (lines.get(i).equals(text)) {
                return i + 1;
            }
        }
        throw new AssertionError("no line " + text);
    }

    @Test
    void keyWrittenTwiceIsAnErrorNamingBothLines() throws Exception {
        RuleFolder rules = RuleFolder.copyOfShipped(temp).replaceIn("thresholds.yaml",
                "  floorPctGdp: 2.0", "  floorPctGdp: 2.0\n  floorPctGdp: 2.5");
        int first = lineOf(rules, "  floorPctGdp: 2.0", 0);

        assertThat(problemsOf(rules)).containsExactly(rules.shown("thresholds.yaml") + ":" + (first + 1)
                + ":3: error: budget.floorPctGdp: written twice (first at line " + first + "); keep one");
    }

    @Test
    void wholeNumberKeyWrittenTwoWaysIsOneKeyWrittenTwice() throws Exception {
        RuleFolder rules = RuleFolder.copyOfShipped(temp).replaceIn("thresholds.yaml",
                "    1: 1\n", "    1: 1\n    01: 2\n");
        int first = lineOf(rules, "    1: 1", 0);

        assertThat(problemsOf(rules)).first().asString().isEqualTo(rules.shown("thresholds.yaml") + ":" + (first + 1)
                + ":5: error: technology.requiredMaturity.1: written twice (first at line " + first + "); keep one");
    }

    @Test
    void wholeNumberTooLargeForItsThresholdIsLocated() throws Exception {
        RuleFolder rules = RuleFolder.copyOfShipped(temp).replaceIn("thresholds.yaml",
                "maxRuleFirings: 100000", "maxRuleFirings: 3000000000");
        int line = lineOf(rules, "  maxRuleFirings: 3000000000             # an assessment that fires more rules than this has run away: stop it", 0);

        assertThat(problemsOf(rules)).containsExactly(rules.shown("thresholds.yaml") + ":" + line
                + ":3: error: engine.maxRuleFirings: 3000000000 is too large: at most 2147483647");
    }

    @Test
    void thresholdsFileThatIsNotUtf8IsLocated() throws Exception {
        RuleFolder rules = RuleFolder.copyOfShipped(temp);
        java.nio.file.Files.write(rules.dir().resolve("thresholds.yaml"), new byte[] {'a', ':', ' ', '1', '\n', 'b', (byte) 0xe9});

        assertThat(problemsOf(rules)).containsExactly(rules.shown("thresholds.yaml")
                + ":2:2: error: this byte is not UTF-8 text; save the file as UTF-8");
    }
}
