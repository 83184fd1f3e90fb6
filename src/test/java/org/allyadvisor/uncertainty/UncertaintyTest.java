package org.allyadvisor.uncertainty;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.allyadvisor.engine.AssessOptions;
import org.allyadvisor.facts.Ally;
import org.allyadvisor.facts.FactSet;
import org.allyadvisor.facts.read.BadFactsException;
import org.allyadvisor.facts.read.FactReader;
import org.allyadvisor.rules.Fixtures;
import org.allyadvisor.rules.RuleFolder;
import org.allyadvisor.rules.RuleSet;
import org.allyadvisor.rules.RuleSetException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class UncertaintyTest {

    private static final String NEAR_FLOOR = "XNR/SUSTAINABLE_BUDGETS/raise-to-floor";
    private static final String FAR_BELOW_FLOOR = "XFR/SUSTAINABLE_BUDGETS/raise-to-floor";

    private static FactSet nearAndFar() throws BadFactsException {
        return FactReader.read(Path.of("src/test/resources/uncertainty/near-and-far.yaml"));
    }

    private static RuleSet rules() {
        return Fixtures.shippedRules();
    }

    private static Stability.ActionStability action(Stability stability, String id) {
        return stability.allies().stream()
                .flatMap(a -> a.actions().stream())
                .filter(a -> a.id().equals(id))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no action " + id));
    }

    @Test
    void theSameSeedGivesTheSameStudyOnOneThreadOrTwo() throws Exception {
        Stability one =
                new Uncertainty(rules(), 1).sample(nearAndFar(), AssessOptions.DEFAULTS, 240, 42);
        Stability two =
                new Uncertainty(rules(), 2).sample(nearAndFar(), AssessOptions.DEFAULTS, 240, 42);

        assertThat(two).isEqualTo(one);
        assertThat(one.variants()).isEqualTo(240);
        assertThat(one.seed()).isEqualTo(42);
    }

    @Test
    void anotherSeedDrawsOtherVariants() throws Exception {
        Stability first =
                new Uncertainty(rules(), 2).sample(nearAndFar(), AssessOptions.DEFAULTS, 200, 1);
        Stability second =
                new Uncertainty(rules(), 2).sample(nearAndFar(), AssessOptions.DEFAULTS, 200, 2);

        assertThat(action(second, NEAR_FLOOR).held())
                .isNotEqualTo(action(first, NEAR_FLOOR).held());
    }

    @Test
    void anActionNearItsThresholdHoldsInSomeVariantsOnly() throws Exception {
        Stability stability =
                new Uncertainty(rules(), 2).sample(nearAndFar(), AssessOptions.DEFAULTS, 400, 7);

        // 1.98 ± 0.1 is below the 2.0 floor in 0.12 of the 0.2 the draw spans: 60% of variants
        Stability.ActionStability near = action(stability, NEAR_FLOOR);
        assertThat(near.held()).isStrictlyBetween(0, 400);
        assertThat(near.held() / 400.0).isBetween(0.5, 0.7);
        assertThat(near.firmness()).isIn(Firmness.TOSS_UP, Firmness.UNLIKELY);
        assertThat(near.baseline()).isNotNull();
    }

    @Test
    void anActionFarFromItsThresholdHoldsInEveryVariant() throws Exception {
        Stability stability =
                new Uncertainty(rules(), 2).sample(nearAndFar(), AssessOptions.DEFAULTS, 200, 7);

        Stability.ActionStability far = action(stability, FAR_BELOW_FLOOR);
        assertThat(far.held()).isEqualTo(200);
        assertThat(far.rank()).isEqualTo(new Stability.Interval(1, 1, 1, 1));
        assertThat(far.firmness()).isEqualTo(Firmness.FIRM);
        assertThat(stability.portfolio())
                .anySatisfy(
                        p -> {
                            assertThat(p.actionId()).isEqualTo(FAR_BELOW_FLOOR);
                            assertThat(p.firmness()).isEqualTo(Firmness.FIRM);
                        });
    }

    @Test
    void drawnValuesStayWithinTheirRanges() throws Exception {
        FactVariants variants = new FactVariants(nearAndFar());
        VariantSeeds seeds = new VariantSeeds(3);
        double nearLow = Double.MAX_VALUE;
        double nearHigh = -Double.MAX_VALUE;
        for (int i = 0; i < 2000; i++) {
            FactSet variant = variants.draw(seeds.of(i));
            Ally near = variant.ally("XNR").orElseThrow();
            Ally far = variant.ally("XFR").orElseThrow();
            nearLow = Math.min(nearLow, near.budget().defensePctGdp());
            nearHigh = Math.max(nearHigh, near.budget().defensePctGdp());
            assertThat(far.budget().equipmentPct()).isBetween(27.0, 33.0); // 30 ± 10%
            assertThat(near.budget().equipmentPct()).isNull(); // a gap stays a gap
        }
        assertThat(nearLow).isBetween(1.88, 1.89);
        assertThat(nearHigh).isBetween(2.07, 2.08);
    }

    @Test
    void aRangeNeverCrossesTheFieldsBounds() throws Exception {
        FactSet facts =
                FactReader.read(
                        """
                allies:
                  - {id: XLO, name: Lowland, region: Test, budget: {defensePctGdp: 0.05}}
                uncertainty:
                  - {fields: [budget.defensePctGdp], range: ±0.1, basis: test}
                """,
                        "low.yaml");
        FactVariants variants = new FactVariants(facts);
        VariantSeeds seeds = new VariantSeeds(5);
        for (int i = 0; i < 500; i++) {
            assertThat(
                            variants.draw(seeds.of(i))
                                    .ally("XLO")
                                    .orElseThrow()
                                    .budget()
                                    .defensePctGdp())
                    .isBetween(0.0, 0.15);
        }
    }

    @Test
    void factsWithoutRangesGiveTheBaselineInEveryVariant() throws Exception {
        FactSet exact = FactReader.read(Path.of("src/test/resources/cli/two-allies.yaml"));

        Stability stability =
                new Uncertainty(rules(), 2).sample(exact, AssessOptions.DEFAULTS, 60, 1);

        assertThat(stability.ranges()).isEmpty();
        assertThat(stability.allies())
                .allSatisfy(
                        ally ->
                                assertThat(ally.actions())
                                        .allSatisfy(
                                                a -> {
                                                    assertThat(a.asGiven()).isEqualTo(60);
                                                    assertThat(a.firmness())
                                                            .isEqualTo(Firmness.FIRM);
                                                }));
    }

    @Test
    void theRangesThatVariedValuesAreListedWithTheirBasis() throws Exception {
        Stability stability =
                new Uncertainty(rules(), 1).sample(nearAndFar(), AssessOptions.DEFAULTS, 10, 1);

        assertThat(stability.ranges())
                .extracting(
                        Stability.RangeUsed::name,
                        Stability.RangeUsed::range,
                        Stability.RangeUsed::allies,
                        Stability.RangeUsed::judgement)
                .containsExactly(
                        tuple("budget.defensePctGdp", "±0.1", List.of("XNR", "XFR"), false),
                        tuple("budget.equipmentPct", "±10%", List.of("XFR"), true));
    }

    private static RuleSet rulesWithRanges(Path temp, String section) throws Exception {
        RuleFolder folder = RuleFolder.copyOfShipped(temp);
        Path thresholds = folder.dir().resolve("thresholds.yaml");
        Files.writeString(thresholds, Files.readString(thresholds) + "\n" + section);
        return RuleSet.load(folder.dir());
    }

    @Test
    void aThresholdInDisputeVariesWithTheFactsAndTheStudyStaysReproducible(@TempDir Path temp)
            throws Exception {
        RuleSet disputed =
                rulesWithRanges(
                        temp,
                        "uncertainty:\n  budget.floorPctGdp: {range: 1.9..2.1, basis: test}\n");

        Stability one =
                new Uncertainty(disputed, 1).sample(nearAndFar(), AssessOptions.DEFAULTS, 200, 11);
        Stability two =
                new Uncertainty(disputed, 2).sample(nearAndFar(), AssessOptions.DEFAULTS, 200, 11);

        assertThat(two).isEqualTo(one);
        assertThat(action(one, NEAR_FLOOR).held()).isStrictlyBetween(0, 200);
        assertThat(action(one, FAR_BELOW_FLOOR).held()).isEqualTo(200);
        assertThat(one.ranges())
                .last()
                .satisfies(
                        range -> {
                            assertThat(range.kind()).isEqualTo("threshold");
                            assertThat(range.name()).isEqualTo("budget.floorPctGdp");
                            assertThat(range.range()).isEqualTo("1.9..2.1");
                            assertThat(range.basis()).isEqualTo("test");
                        });
    }

    @Test
    void thresholdsDrawnIntoNonsenseStopTheStudyWithTheFilesOwnMessage(@TempDir Path temp)
            throws Exception {
        // the far-below-floor line is 1.5: a floor drawn under it is refused by the thresholds' own
        // checks
        RuleSet disputed = rulesWithRanges(temp, "uncertainty:\n  budget.floorPctGdp: 1.0..2.5\n");

        assertThatThrownBy(
                        () ->
                                new Uncertainty(disputed, 2)
                                        .sample(nearAndFar(), AssessOptions.DEFAULTS, 100, 3))
                .isInstanceOf(RuleSetException.class)
                .satisfies(
                        e ->
                                assertThat(((RuleSetException) e).problems().get(0).message())
                                        .contains(
                                                "and the thresholds refuse it; narrow the ranges of the uncertainty section")
                                        .contains(
                                                "budget.farBelowFloorPctGdp: must be at least 0 and below budget.floorPctGdp"));
    }

    @Test
    void aStudyNeedsAtLeastOneVariant() {
        assertThatThrownBy(
                        () ->
                                new Uncertainty(rules(), 1)
                                        .sample(nearAndFar(), AssessOptions.DEFAULTS, 0, 1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("variants must be from 1");
    }

    @Test
    void firmnessFollowsTheShareAsGiven() {
        assertThat(Firmness.of(95, 100)).isEqualTo(Firmness.FIRM);
        assertThat(Firmness.of(94, 100)).isEqualTo(Firmness.LIKELY);
        assertThat(Firmness.of(65, 100)).isEqualTo(Firmness.TOSS_UP);
        assertThat(Firmness.of(35, 100)).isEqualTo(Firmness.TOSS_UP);
        assertThat(Firmness.of(34, 100)).isEqualTo(Firmness.UNLIKELY);
    }

    @Test
    void rankIntervalsAreNearestRankPercentiles() {
        int[] histogram = new int[12];
        histogram[1] = 5;
        histogram[2] = 90;
        histogram[11] = 5;
        assertThat(StabilityReport.interval(histogram))
                .isEqualTo(new Stability.Interval(1, 1, 2, 11));

        histogram[1] = 4;
        histogram[2] = 92;
        histogram[11] = 4;
        assertThat(StabilityReport.interval(histogram))
                .isEqualTo(new Stability.Interval(1, 2, 2, 11));
    }
}
