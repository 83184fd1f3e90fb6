package org.allyadvisor.sweep;

import static org.allyadvisor.rules.Fixtures.shippedRules;
import static org.allyadvisor.rules.Fixtures.soundSet;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.allyadvisor.advice.Priority;
import org.allyadvisor.engine.AssessOptions;
import org.allyadvisor.engine.Assessor;
import org.allyadvisor.facts.Budget;
import org.allyadvisor.facts.FactSet;
import org.allyadvisor.facts.SupportLevel;
import org.allyadvisor.facts.Threat;
import org.allyadvisor.facts.ThreatDomain;
import org.allyadvisor.rules.RuleSet;
import org.allyadvisor.rules.RuleSetException;
import org.allyadvisor.whatif.Settings;
import org.junit.jupiter.api.Test;

/**
 * Flip points checked against brute force on small fact sets: every change a dense grid of exact
 * assessments sees, the sweep reports within its precision; every flip the sweep reports is there
 * when assessed on either side; and the sweep finds a flip that a grid steps over.
 */
class FlipPointsTest {

    private static final String RAISE = "SUSTAINABLE_BUDGETS/raise-to-floor";
    private static final String GROW = "SUSTAINABLE_BUDGETS/sustain-real-growth";

    /**
     * Three allies below, around and above the floor, one under a high threat (so BUD-1 escalates),
     * with slow growth.
     */
    private static FactSet threeSpenders() {
        return soundSet(
                SupportLevel.REDUCED,
                2,
                b ->
                        b.budget(
                                        new Budget(
                                                500.0,
                                                9000.0,
                                                1.7,
                                                30.0,
                                                0.5,
                                                Map.of(2023, 0.5, 2024, 0.5)))
                                .threat(new Threat(5, List.of(ThreatDomain.LAND))),
                b ->
                        b.budget(
                                new Budget(
                                        500.0,
                                        10000.0,
                                        1.95,
                                        30.0,
                                        1.0,
                                        Map.of(2023, 1.0, 2024, 1.0))));
    }

    private static ValueAssessor threshold(RuleSet rules, FactSet facts, String path) {
        Assessor assessor = new Assessor(rules);
        return x -> {
            try {
                return assessor.of(rules.withThreshold(path, x))
                        .assess(facts, AssessOptions.DEFAULTS);
            } catch (RuleSetException e) {
                throw new Refused(e.getMessage());
            }
        };
    }

    private static ValueAssessor fact(RuleSet rules, FactSet facts, String name) {
        Assessor assessor = new Assessor(rules);
        return x -> {
            try {
                return assessor.assess(
                        Settings.apply(facts, List.of(Map.entry(name, x.toPlainString()))));
            } catch (org.allyadvisor.facts.read.BadFactsException e) {
                throw new Refused(e.getMessage());
            }
        };
    }

    /**
     * Every change the grid sees lies within the precision of a flip the sweep reports for the same
     * advice.
     */
    private static void everyGridChangeIsReported(SweepResult sweep, List<BruteForce.Change> grid) {
        assertThat(grid).as("the grid sees something to check").isNotEmpty();
        for (BruteForce.Change change : grid) {
            List<Flip> flips = flipsOf(sweep, change.ally(), change.key());
            assertThat(flips)
                    .as(change.toString())
                    .anyMatch(
                            f ->
                                    f.at().compareTo(change.after().subtract(sweep.precision()))
                                                    >= 0
                                            && f.at().compareTo(
                                                                    change.before()
                                                                            .add(sweep.precision()))
                                                    <= 0);
        }
    }

    /**
     * Every flip the sweep reports is one: the advice just below it and just above it is as it
     * says.
     */
    private static void everyReportedFlipIsReal(SweepResult sweep, ValueAssessor at)
            throws Exception {
        assertThat(sweep.flips()).isPositive();
        BigDecimal step = sweep.precision();
        for (AllySweep ally : sweep.allies()) {
            for (ItemSweep item : ally.items()) {
                for (Flip flip : item.flips()) {
                    BigDecimal below =
                            flip.inclusive() || !flip.exact()
                                    ? flip.at().subtract(step)
                                    : flip.at();
                    BigDecimal above = flip.inclusive() ? flip.at() : flip.at().add(step);
                    assertThat(Outcome.of(at.at(below)).of(ally.id(), item.item().key()))
                            .as(ally.id() + " " + item + " below")
                            .isEqualTo(flip.below());
                    assertThat(Outcome.of(at.at(above)).of(ally.id(), item.item().key()))
                            .as(ally.id() + " " + item + " above")
                            .isEqualTo(flip.above());
                }
            }
        }
    }

    private static List<Flip> flipsOf(SweepResult sweep, String ally, String key) {
        return sweep.allies().stream()
                .filter(a -> a.id().equals(ally))
                .flatMap(a -> a.items().stream())
                .filter(i -> i.item().key().equals(key))
                .flatMap(i -> i.flips().stream())
                .toList();
    }

    @Test
    void everyFlipOfTheFloorThatADenseGridSeesIsReportedWithinThePrecision() throws Exception {
        FactSet facts = threeSpenders();
        Range range = new Range(new BigDecimal("1.6"), new BigDecimal("2.6"));

        SweepResult sweep =
                new Sweep(shippedRules())
                        .threshold(facts, "budget.floorPctGdp", Optional.of(range));
        List<BruteForce.Change> grid =
                BruteForce.changes(
                        threshold(shippedRules(), facts, "budget.floorPctGdp"),
                        range.lo(),
                        range.hi(),
                        new BigDecimal("0.01"));

        everyGridChangeIsReported(sweep, grid);
        everyReportedFlipIsReal(sweep, threshold(shippedRules(), facts, "budget.floorPctGdp"));
    }

    @Test
    void aFlipAtAFactValueIsPlacedOnItExactly() throws Exception {
        SweepResult sweep =
                new Sweep(shippedRules())
                        .threshold(
                                threeSpenders(),
                                "budget.floorPctGdp",
                                Optional.of(
                                        new Range(new BigDecimal("1.6"), new BigDecimal("2.6"))));

        // BUD-1 holds for BBB while 1.95 < floor: at 1.95 spending is at the floor, not below it
        Flip appears = flipsOf(sweep, "BBB", RAISE).get(0);
        assertThat(appears)
                .isEqualTo(new Flip(new BigDecimal("1.95"), false, true, null, Priority.MEDIUM));
        assertThat(sweep.swept().now()).isEqualByComparingTo("2.0");
    }

    @Test
    void aPriorityThatFollowsTheDistanceFlipsBetweenCandidatesAndIsFoundByBisection()
            throws Exception {
        SweepResult sweep =
                new Sweep(shippedRules())
                        .threshold(
                                threeSpenders(),
                                "budget.floorPctGdp",
                                Optional.of(
                                        new Range(new BigDecimal("1.6"), new BigDecimal("2.6"))));

        // the score of BUD-1 grows with the distance below the floor: its priority rises somewhere
        // no fact names
        assertThat(flipsOf(sweep, "BBB", RAISE))
                .anyMatch(
                        f ->
                                !f.exact()
                                        && f.below() == Priority.MEDIUM
                                        && f.above() == Priority.HIGH);
    }

    @Test
    void theSweepFindsAPieceOfAdviceThatAGridStepsOver() throws Exception {
        // a core target just above the floor: a growth path (BUD-2) holds only for spending in
        // [2.0, 2.05)
        RuleSet rules =
                shippedRules().withThreshold("budget.coreTargetPctGdp", new BigDecimal("2.05"));
        // real spending fell two years and grew this year as fast as the economy: a slow trend, and
        // no
        // other rule that asks for growth (BUD-5, BUD-6 would merge into the same action)
        FactSet facts =
                soundSet(
                        b ->
                                b.budget(
                                        new Budget(
                                                500.0,
                                                18000.0,
                                                1.8,
                                                30.0,
                                                1.6,
                                                Map.of(2023, -2.0, 2024, -2.0))));
        ValueAssessor at = fact(rules, facts, "AAA.budget.defensePctGdp");

        List<BruteForce.Change> coarse =
                BruteForce.changes(
                        at, new BigDecimal("1.05"), new BigDecimal("2.95"), new BigDecimal("0.1"));
        SweepResult sweep =
                new Sweep(rules)
                        .fact(
                                facts,
                                "AAA.budget.defensePctGdp",
                                Optional.of(
                                        new Range(new BigDecimal("1.05"), new BigDecimal("2.95"))));

        assertThat(coarse).noneMatch(c -> c.key().equals(GROW));
        assertThat(flipsOf(sweep, "AAA", GROW))
                .containsExactly(
                        new Flip(new BigDecimal("2.0"), true, true, null, Priority.MEDIUM),
                        new Flip(new BigDecimal("2.05"), true, true, Priority.MEDIUM, null));
        everyReportedFlipIsReal(sweep, at);
    }

    @Test
    void everyFlipOfAFactThatADenseGridSeesIsReported() throws Exception {
        FactSet facts = threeSpenders();
        Range range = new Range(new BigDecimal("-3"), new BigDecimal("4"));
        ValueAssessor at = fact(shippedRules(), facts, "AAA.budget.realChangePct");

        SweepResult sweep =
                new Sweep(shippedRules())
                        .fact(facts, "AAA.budget.realChangePct", Optional.of(range));

        everyGridChangeIsReported(
                sweep, BruteForce.changes(at, range.lo(), range.hi(), new BigDecimal("0.05")));
        everyReportedFlipIsReal(sweep, at);
    }

    @Test
    void aWholeNumberThresholdFlipsFromAWholeNumber() throws Exception {
        FactSet facts = threeSpenders();

        SweepResult sweep =
                new Sweep(shippedRules())
                        .threshold(facts, "risk.highThreatLevel", Optional.empty());

        // ±50 % of 4 is 2..6, and a threat level stops at 5
        assertThat(sweep.range()).isEqualTo(new Range(new BigDecimal("2"), new BigDecimal("5")));
        assertThat(sweep.rangeBasis())
                .isEqualTo(
                        "±50 % of the value now; above 5 refused (at 6: risk.highThreatLevel: "
                                + "must be between 1 and 5, got 6)");
        assertThat(sweep.precision()).isEqualByComparingTo("1");
        // from 3 down, BBB's threat level 3 counts as high: spending below the floor stretches it
        assertThat(flipsOf(sweep, "BBB", "risk/STRETCHED_CAPACITY"))
                .containsExactly(new Flip(new BigDecimal("4"), true, true, Priority.MEDIUM, null));
        sweep.allies()
                .forEach(
                        a ->
                                a.items()
                                        .forEach(
                                                i ->
                                                        i.flips()
                                                                .forEach(
                                                                        f -> {
                                                                            assertThat(
                                                                                            f.at().stripTrailingZeros()
                                                                                                    .scale())
                                                                                    .isLessThanOrEqualTo(
                                                                                            0);
                                                                            assertThat(
                                                                                            f
                                                                                                    .inclusive())
                                                                                    .isTrue();
                                                                        })));
    }

    @Test
    void theSameSweepGivesTheSameResult() throws Exception {
        FactSet facts = threeSpenders();
        Optional<Range> range =
                Optional.of(new Range(new BigDecimal("1.6"), new BigDecimal("2.6")));

        SweepResult once =
                new Sweep(shippedRules(), AssessOptions.DEFAULTS, 2)
                        .threshold(facts, "budget.floorPctGdp", range);
        SweepResult again =
                new Sweep(shippedRules(), AssessOptions.DEFAULTS, 1)
                        .threshold(facts, "budget.floorPctGdp", range);

        assertThat(again).isEqualTo(once);
    }
}
