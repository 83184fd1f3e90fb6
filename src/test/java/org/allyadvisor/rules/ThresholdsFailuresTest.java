package org.allyadvisor.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A thresholds file with policy mistakes: every one reported at its line, with the threshold's
 * path. Lines are looked up in the shipped file, so that adding a threshold moves no test.
 */
class ThresholdsFailuresTest {

    private static final String FILE = "thresholds.yaml";

    @TempDir Path temp;

    private static List<String> problemsOf(RuleFolder folder) {
        return folder.problems();
    }

    /**
     * {@code FILE:LINE} of the first line of a shipped rule file that starts with {@code start}, as
     * messages show it.
     */
    private static String at(RuleFolder rules, String file, String start) {
        return rules.shown(file) + ":" + lineOf(file, start);
    }

    private static int lineOf(String file, String start) {
        try {
            List<String> lines = Files.readAllLines(Path.of("rules", file));
            for (int i = 0; i < lines.size(); i++) {
                if (lines.get(i).startsWith(start)) {
                    return i + 1;
                }
            }
            throw new IllegalArgumentException(file + " has no line starting with: " + start);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void misspeltThresholdSuggestsTheNearestName() {
        RuleFolder rules =
                RuleFolder.copyOfShipped(temp)
                        .replaceIn(FILE, "  floorPctGdp: 2.0", "  floorPctGpd: 2.0");

        assertThat(problemsOf(rules))
                .containsExactly(
                        at(rules, FILE, "budget:")
                                + ":1: error: budget.floorPctGdp: threshold is missing",
                        at(rules, FILE, "  floorPctGdp:")
                                + ":3: error: budget.floorPctGpd: unknown threshold 'floorPctGpd'; did you mean 'floorPctGdp'?");
    }

    @Test
    void textWhereANumberBelongsIsReported() {
        RuleFolder rules =
                RuleFolder.copyOfShipped(temp)
                        .replaceIn(FILE, "  minEquipmentPct: 20.0", "  minEquipmentPct: twenty");

        assertThat(problemsOf(rules))
                .containsExactly(
                        at(rules, FILE, "  minEquipmentPct:")
                                + ":3: error: budget.minEquipmentPct: expected a number, got \"twenty\"");
    }

    @Test
    void yamlInfinityWhereANumberBelongsIsAProblemOfThatThreshold() {
        RuleFolder rules =
                RuleFolder.copyOfShipped(temp)
                        .replaceIn(FILE, "  minEquipmentPct: 20.0", "  minEquipmentPct: .inf");

        assertThat(problemsOf(rules))
                .containsExactly(
                        at(rules, FILE, "  minEquipmentPct:")
                                + ":3: error: budget.minEquipmentPct: expected a finite number, got .inf");
    }

    @Test
    void numberTooLargeToHoldIsNotTakenAsInfinity() {
        RuleFolder rules =
                RuleFolder.copyOfShipped(temp)
                        .replaceIn(FILE, "  minEquipmentPct: 20.0", "  minEquipmentPct: 1e400");

        assertThat(problemsOf(rules))
                .containsExactly(
                        at(rules, FILE, "  minEquipmentPct:")
                                + ":3: error: budget.minEquipmentPct: expected a finite number, got one too large to hold");
    }

    @Test
    void fractionWhereAWholeNumberBelongsIsReported() {
        RuleFolder rules =
                RuleFolder.copyOfShipped(temp)
                        .replaceIn(FILE, "  coreTargetYear: 2035", "  coreTargetYear: 2035.5");

        assertThat(problemsOf(rules))
                .containsExactly(
                        at(rules, FILE, "  coreTargetYear:")
                                + ":3: error: budget.coreTargetYear: expected a whole number, got 2035.5");
    }

    @Test
    void everyPolicyMistakeIsReported() {
        RuleFolder rules =
                RuleFolder.copyOfShipped(temp)
                        .replaceIn(FILE, "  farBelowFloorPctGdp: 1.5", "  farBelowFloorPctGdp: 2.5")
                        .replaceIn(FILE, "    CRITICAL: 85\n", "    CRITICAL: 50\n")
                        .replaceIn(FILE, "    5: 4\n", "    5: 7\n");

        assertThat(problemsOf(rules))
                .containsExactly(
                        at(rules, FILE, "  farBelowFloorPctGdp:")
                                + ":3: error: budget.farBelowFloorPctGdp: must be at least 0 and below budget.floorPctGdp (2.0)",
                        at(rules, FILE, "    5: 4")
                                + ":5: error: technology.requiredMaturity.5: must be between 1 and 5, got 7",
                        at(rules, FILE, "  priorityFrom:")
                                + ":3: error: scoring.priorityFrom: cut-offs must fall from CRITICAL to HIGH to MEDIUM");
    }

    @Test
    void incompleteTableNamesWhatIsMissing() {
        RuleFolder rules =
                RuleFolder.copyOfShipped(temp).replaceIn(FILE, "    MINIMAL: 1.00\n", "");

        assertThat(problemsOf(rules))
                .containsExactly(
                        at(rules, FILE, "  supportLevel:")
                                + ":3: error: scoring.supportLevel: missing entries for MINIMAL");
    }

    @Test
    void unknownKeyInTableListsTheAllowedOnes() {
        RuleFolder rules =
                RuleFolder.copyOfShipped(temp)
                        .replaceIn(
                                FILE, "    MINIMAL: 1.00\n", "    MINIMAL: 1.00\n    NONE: 1.00\n");

        assertThat(problemsOf(rules))
                .containsExactly(
                        rules.shown(FILE)
                                + ":"
                                + (lineOf(FILE, "    MINIMAL: 1.00") + 1)
                                + ":5: error: scoring.supportLevel.NONE: unknown key 'NONE'; allowed: FULL, REDUCED, MINIMAL");
    }

    @Test
    void distanceWeightsOutOfRangeAreReported() {
        RuleFolder rules =
                RuleFolder.copyOfShipped(temp)
                        .replaceIn(FILE, "    atTheLine: 0.8 ", "    atTheLine: 1.2 ")
                        .replaceIn(FILE, "      realCutPct: 5.0 ", "      realCutPct: 0 ");

        assertThat(problemsOf(rules))
                .containsExactly(
                        at(rules, FILE, "    atTheLine:")
                                + ":5: error: scoring.distance.atTheLine: must be above 0 and at most 1, got 1.2",
                        at(rules, FILE, "      realCutPct:")
                                + ":7: error: scoring.distance.full.realCutPct: must be above 0, got 0.0");
    }

    @Test
    void distanceARuleStatesButTheThresholdsDoNotWeighIsReportedAtBothEnds() {
        RuleFolder rules =
                RuleFolder.copyOfShipped(temp)
                        .replaceIn(
                                "budget.drl",
                                ".distance(\"realCutPct\"",
                                ".distance(\"realCutPtc\"");

        assertThat(problemsOf(rules))
                .containsExactly(
                        at(rules, FILE, "      realCutPct:")
                                + ":7: error: scoring.distance.full.realCutPct: no rule states "
                                + "distance 'realCutPct'; did you mean 'realCutPtc'?",
                        at(rules, "budget.drl", "        .distance(\"realCutPct\"")
                                + ":20: error: distance 'realCutPtc' has no "
                                + "full distance in scoring.distance.full of thresholds.yaml; did you mean 'realCutPct'?");
    }

    @Test
    void misspeltFullDistanceSuggestsTheMeasureTheRulesState() {
        RuleFolder rules =
                RuleFolder.copyOfShipped(temp)
                        .replaceIn(
                                FILE, "      pointsBelowFloor: 1.0", "      pointsBelowFlor: 1.0");

        assertThat(problemsOf(rules))
                .contains(
                        at(rules, FILE, "      pointsBelowFloor:")
                                + ":7: error: scoring.distance.full.pointsBelowFlor: no rule "
                                + "states distance 'pointsBelowFlor'; did you mean 'pointsBelowFloor'?");
    }

    @Test
    void overrideOfAnUnknownThresholdSuggestsTheNearestPath() {
        RuleFolder rules =
                RuleFolder.copyOfShipped(temp)
                        .replaceIn(
                                FILE,
                                "      usAssistance.manyUsTroops: 5000",
                                "      usAssistance.manyUsTrops: 5000");

        assertThat(problemsOf(rules))
                .containsExactly(
                        at(rules, FILE, "      usAssistance.manyUsTroops:")
                                + ":7: error: supportLevels.MINIMAL.overrides."
                                + "usAssistance.manyUsTrops: unknown threshold 'usAssistance.manyUsTrops'; did you mean "
                                + "'usAssistance.manyUsTroops'?");
    }

    @Test
    void overrideOfAThresholdNoRuleReadsIsRefused() {
        RuleFolder rules =
                RuleFolder.copyOfShipped(temp)
                        .replaceIn(
                                FILE,
                                "      regional.minStrongRegionalTies: 1 ",
                                "      scoring.unknownThreat: 0.9 ");

        assertThat(problemsOf(rules))
                .containsExactly(
                        at(rules, FILE, "      regional.minStrongRegionalTies: 1 ")
                                + ":7: error: supportLevels.FULL.overrides."
                                + "scoring.unknownThreat: 'scoring.unknownThreat' cannot change with the scenario; only the "
                                + "thresholds the rules read can (budget, technology, regional, diplomacy, interoperability, "
                                + "usAssistance, dependence, risk)");
    }

    @Test
    void overrideOfTheWrongTypeIsReported() {
        RuleFolder rules =
                RuleFolder.copyOfShipped(temp)
                        .replaceIn(
                                FILE,
                                "      usAssistance.manyUsTroops: 5000",
                                "      usAssistance.manyUsTroops: 5000.5")
                        .replaceIn(
                                FILE,
                                "      risk.reliabilityRiskFromDependence: MEDIUM",
                                "      risk.reliabilityRiskFromDependence: SOME");

        assertThat(problemsOf(rules))
                .containsExactly(
                        at(rules, FILE, "      usAssistance.manyUsTroops:")
                                + ":7: error: supportLevels.MINIMAL.overrides."
                                + "usAssistance.manyUsTroops: expected a whole number, got 5000.5",
                        at(rules, FILE, "      risk.reliabilityRiskFromDependence:")
                                + ":7: error: supportLevels.MINIMAL.overrides."
                                + "risk.reliabilityRiskFromDependence: unknown value \"SOME\"; allowed: LOW, MEDIUM, HIGH");
    }

    @Test
    void overridesThatBreakThePolicyAreReportedWhereTheyAreWritten() {
        RuleFolder rules =
                RuleFolder.copyOfShipped(temp)
                        .replaceIn(
                                FILE,
                                "      risk.highThreatLevel: 3 ",
                                "      risk.highThreatLevel: 9 ")
                        // a floor under the 1.5% that counts as far below it
                        .replaceIn(
                                FILE,
                                "      budget.largeAssistanceSharePct: 5.0 ",
                                "      budget.largeAssistanceSharePct: 5.0\n      budget.floorPctGdp: 1.2 ");

        int minimal = lineOf(FILE, "  MINIMAL:");
        assertThat(problemsOf(rules))
                .containsExactly(
                        rules.shown(FILE)
                                + ":"
                                + (minimal + 2)
                                + ":5: error: supportLevels.MINIMAL.overrides: with these "
                                + "overrides, budget.farBelowFloorPctGdp: must be at least 0 and below budget.floorPctGdp (1.2)",
                        rules.shown(FILE)
                                + ":"
                                + (lineOf(FILE, "      risk.highThreatLevel:")
                                        + 1) // below the added line
                                + ":7: error: supportLevels.MINIMAL.overrides.risk.highThreatLevel: must be between 1 and 5, got 9");
    }

    @Test
    void scenarioWithoutAPhraseIsReported() {
        RuleFolder rules =
                RuleFolder.copyOfShipped(temp)
                        .replaceIn(
                                FILE,
                                "    phrase: \"should US support be cut\"",
                                "    phrase: \"\"");

        assertThat(problemsOf(rules))
                .containsExactly(
                        at(rules, FILE, "    phrase: \"should US support be cut\"")
                                + ":5: error: supportLevels.FULL.phrase: "
                                + "expected words, got \"\"");
    }

    @Test
    void malformedYamlIsOneLine() {
        RuleFolder rules =
                RuleFolder.copyOfShipped(temp)
                        .replaceIn(FILE, "  floorPctGdp: 2.0", "  floorPctGdp: [2.0");

        assertThat(problemsOf(rules))
                .hasSize(1)
                .allMatch(p -> p.startsWith(rules.shown(FILE) + ":"));
    }

    @Test
    void emptyThresholdsFileIsRejected() {
        RuleFolder rules = RuleFolder.copyOfShipped(temp).write(FILE, "# nothing yet\n");

        assertThat(problemsOf(rules))
                .containsExactly(rules.shown(FILE) + ": error: empty thresholds file");
    }

    /**
     * The 1-based line of the first line of the thresholds file that is exactly {@code text}, after
     * {@code from}.
     */
    private static int lineOf(RuleFolder rules, String text, int from) throws java.io.IOException {
        List<String> lines =
                java.nio.file.Files.readAllLines(rules.dir().resolve("thresholds.yaml"));
        for (int i = from; i < lines.size(); i++) {
            if (lines.get(i).equals(text)) {
                return i + 1;
            }
        }
        throw new AssertionError("no line " + text);
    }

    @Test
    void keyWrittenTwiceIsAnErrorNamingBothLines() throws Exception {
        RuleFolder rules =
                RuleFolder.copyOfShipped(temp)
                        .replaceIn(
                                "thresholds.yaml",
                                "  floorPctGdp: 2.0",
                                "  floorPctGdp: 2.0\n  floorPctGdp: 2.5");
        int first = lineOf(rules, "  floorPctGdp: 2.0", 0);

        assertThat(problemsOf(rules))
                .containsExactly(
                        rules.shown("thresholds.yaml")
                                + ":"
                                + (first + 1)
                                + ":3: error: budget.floorPctGdp: written twice (first at line "
                                + first
                                + "); keep one");
    }

    @Test
    void wholeNumberKeyWrittenTwoWaysIsOneKeyWrittenTwice() throws Exception {
        RuleFolder rules =
                RuleFolder.copyOfShipped(temp)
                        .replaceIn("thresholds.yaml", "    1: 1\n", "    1: 1\n    01: 2\n");
        int first = lineOf(rules, "    1: 1", 0);

        assertThat(problemsOf(rules))
                .first()
                .asString()
                .isEqualTo(
                        rules.shown("thresholds.yaml")
                                + ":"
                                + (first + 1)
                                + ":5: error: technology.requiredMaturity.1: written twice (first at line "
                                + first
                                + "); keep one");
    }

    @Test
    void wholeNumberTooLargeForItsThresholdIsLocated() throws Exception {
        RuleFolder rules =
                RuleFolder.copyOfShipped(temp).withEngineLimit("ruleFirings", "3000000000", "500");
        int line = lineOf(rules, "    base: 3000000000", 0);

        assertThat(problemsOf(rules))
                .containsExactly(
                        rules.shown("thresholds.yaml")
                                + ":"
                                + line
                                + ":5: error: engine.ruleFirings.base: 3000000000 is too large: at most 2147483647");
    }

    @Test
    void thresholdsFileThatIsNotUtf8IsLocated() throws Exception {
        RuleFolder rules = RuleFolder.copyOfShipped(temp);
        java.nio.file.Files.write(
                rules.dir().resolve("thresholds.yaml"),
                new byte[] {'a', ':', ' ', '1', '\n', 'b', (byte) 0xe9});

        assertThat(problemsOf(rules))
                .containsExactly(
                        rules.shown("thresholds.yaml")
                                + ":2:2: error: this byte is not UTF-8 text; save the file as UTF-8");
    }

    @Test
    void dependenceBandsMustBeSharesWithMediumBelowHigh() {
        RuleFolder rules =
                RuleFolder.copyOfShipped(temp)
                        .replaceIn(FILE, "  highFromSharePct: 66.67", "  highFromSharePct: 30")
                        .replaceIn(FILE, "  minImportsTiv: 100", "  minImportsTiv: -1");

        assertThat(problemsOf(rules))
                .containsExactly(
                        at(rules, FILE, "  mediumFromSharePct:")
                                + ":3: error: dependence.mediumFromSharePct: must be below "
                                + "dependence.highFromSharePct (30)",
                        at(rules, FILE, "  minImportsTiv:")
                                + ":3: error: dependence.minImportsTiv: must be between 0 and 1000000, got -1");
    }

    @Test
    void shareAboveAHundredPercentIsReported() {
        RuleFolder rules =
                RuleFolder.copyOfShipped(temp)
                        .replaceIn(FILE, "  highFromSharePct: 66.67", "  highFromSharePct: 120");

        assertThat(problemsOf(rules))
                .containsExactly(
                        at(rules, FILE, "  highFromSharePct:")
                                + ":3: error: dependence.highFromSharePct: must be between 0 and 100, got 120");
    }

    @Test
    void missingDependenceSectionIsReported() {
        RuleFolder rules =
                RuleFolder.copyOfShipped(temp).replaceIn(FILE, "dependence:", "dependance:");

        assertThat(problemsOf(rules))
                .hasSize(2)
                .anyMatch(p -> p.endsWith(": error: dependence: threshold is missing"))
                .anyMatch(
                        p ->
                                p.endsWith(
                                        at(rules, FILE, "dependence:")
                                                        .substring(rules.shown(FILE).length())
                                                + ":1: error: dependance: unknown threshold 'dependance'; did you mean 'dependence'?"));
    }

    @Test
    void trendWindowMustBeAFewWholeYears() {
        RuleFolder rules =
                RuleFolder.copyOfShipped(temp)
                        .replaceIn(FILE, "  realGrowthTrendYears: 3", "  realGrowthTrendYears: 0");

        assertThat(problemsOf(rules))
                .containsExactly(
                        at(rules, FILE, "  realGrowthTrendYears:")
                                + ":3: error: budget.realGrowthTrendYears: must be between 1 and 10, got 0");
    }
}
