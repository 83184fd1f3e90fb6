package org.allyadvisor.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ThresholdRangesTest {

    @TempDir Path temp;

    private RuleFolder withRanges(String section) {
        RuleFolder folder = RuleFolder.copyOfShipped(temp);
        try {
            Path thresholds = folder.dir().resolve("thresholds.yaml");
            Files.writeString(thresholds, Files.readString(thresholds) + "\n" + section);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return folder;
    }

    private static int lineOf(RuleFolder folder, String text) throws java.io.IOException {
        java.util.List<String> lines = Files.readAllLines(folder.dir().resolve("thresholds.yaml"));
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains(text)) {
                return i + 1;
            }
        }
        throw new AssertionError("no line with " + text);
    }

    @Test
    void rangesAreReadInFileOrderWithTheirBasis() throws Exception {
        RuleFolder folder =
                withRanges(
                        """
                uncertainty:
                  budget.assumedRealGdpGrowthPct: 1.0..2.0
                  budget.floorPctGdp: {range: ±0.25, basis: "a floor read as about 2%"}
                  regional.highEmergingPowerActivity: ±10%
                """);

        RuleSet rules = RuleSet.load(folder.dir());

        assertThat(rules.thresholdRanges())
                .containsExactly(
                        new ThresholdRange(
                                "budget.assumedRealGdpGrowthPct",
                                1.5,
                                1.0,
                                2.0,
                                false,
                                "1.0..2.0",
                                "",
                                folder.shown("thresholds.yaml")
                                        + ":"
                                        + lineOf(folder, "budget.assumedRealGdpGrowthPct: 1.0")),
                        new ThresholdRange(
                                "budget.floorPctGdp",
                                2.0,
                                1.75,
                                2.25,
                                false,
                                "±0.25",
                                "a floor read as about 2%",
                                folder.shown("thresholds.yaml")
                                        + ":"
                                        + lineOf(folder, "budget.floorPctGdp: {range")),
                        new ThresholdRange(
                                "regional.highEmergingPowerActivity",
                                4,
                                3.6,
                                4.4,
                                true,
                                "±10%",
                                "",
                                folder.shown("thresholds.yaml")
                                        + ":"
                                        + lineOf(folder, "regional.highEmergingPowerActivity: ±")));
    }

    @Test
    void theShippedThresholdsDeclareNoRange() {
        assertThat(Fixtures.shippedRules().thresholdRanges()).isEmpty();
    }

    @Test
    void badRangesAreLocatedErrors() throws Exception {
        RuleFolder folder =
                withRanges(
                        """
                uncertainty:
                  budget.floorPctGpd: ±0.25
                  budget.minEquipmentPct: ±x
                  budget.coreTargetPctGdp: ±-0.5
                  budget.assumedRealGdpGrowthPct: 2.0..1.0
                  budget.largeAssistanceSharePct: 11..12
                  engine.facts.base: ±10
                """);

        assertThat(folder.problems())
                .containsExactly(
                        folder.shown("thresholds.yaml")
                                + ":"
                                + lineOf(folder, "budget.floorPctGpd: ±")
                                + ":3: error: uncertainty.budget.floorPctGpd:"
                                + " unknown threshold 'budget.floorPctGpd'; did you mean 'budget.floorPctGdp'?",
                        folder.shown("thresholds.yaml")
                                + ":"
                                + lineOf(folder, "budget.minEquipmentPct: ±x")
                                + ":3: error: uncertainty.budget.minEquipmentPct:"
                                + " 'x' is not a number",
                        folder.shown("thresholds.yaml")
                                + ":"
                                + lineOf(folder, "budget.coreTargetPctGdp: ±-")
                                + ":3: error: uncertainty.budget.coreTargetPctGdp:"
                                + " the width must not be negative, got -0.5",
                        folder.shown("thresholds.yaml")
                                + ":"
                                + lineOf(folder, "budget.assumedRealGdpGrowthPct: 2.0..")
                                + ":3: error:"
                                + " uncertainty.budget.assumedRealGdpGrowthPct: the range runs from 2.0 down to 1.0; write the lower end first",
                        folder.shown("thresholds.yaml")
                                + ":"
                                + lineOf(folder, "budget.largeAssistanceSharePct: 11")
                                + ":3: error:"
                                + " uncertainty.budget.largeAssistanceSharePct: the range 11..12 leaves out the value written, 10",
                        folder.shown("thresholds.yaml")
                                + ":"
                                + lineOf(folder, "engine.facts.base: ±10")
                                + ":3: error: uncertainty.engine.facts.base:"
                                + " 'engine.facts.base' cannot be uncertain: a support scenario is chosen with --support, and the"
                                + " engine's limits decide no advice");
    }
}
