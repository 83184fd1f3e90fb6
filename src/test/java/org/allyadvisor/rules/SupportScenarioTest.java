package org.allyadvisor.rules;

import static org.allyadvisor.rules.Fixtures.first;
import static org.allyadvisor.rules.Fixtures.shippedRules;
import static org.allyadvisor.rules.Fixtures.soundSet;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import java.nio.file.Path;
import java.util.stream.Stream;
import org.allyadvisor.advice.RiskKind;
import org.allyadvisor.engine.AssessOptions;
import org.allyadvisor.engine.Assessor;
import org.allyadvisor.facts.Budget;
import org.allyadvisor.facts.Dependence;
import org.allyadvisor.facts.FactSet;
import org.allyadvisor.facts.SupportLevel;
import org.allyadvisor.facts.UsSupport;
import org.allyadvisor.facts.read.FactReader;
import org.allyadvisor.results.Action;
import org.allyadvisor.results.AllyAssessment;
import org.allyadvisor.results.Assessment;
import org.allyadvisor.results.Risk;
import org.junit.jupiter.api.Test;

/**
 * The US support scenario changes the advice, not only its weight: supportLevels in the thresholds
 * file lowers lines under MINIMAL and raises them under FULL, and rationales name the scenario in
 * its own words.
 */
class SupportScenarioTest {

    /**
     * Below the floor, US assistance worth 11% of its spending ($900M), 7,000 US troops, MEDIUM
     * dependence and two strong ties: as written (REDUCED) that is BUD-1, BUD-4 and US-2, and the
     * self-reliance rules that reduced support calls for (INT-4: 875 US personnel per US$1bn of its
     * own spending; US-5: aid while relying on the US) or that MEDIUM dependence calls for at any
     * level (INT-5, training with regional partners).
     */
    private static final FactSet EXPOSED =
            soundSet(
                    b ->
                            b.budget(new Budget(500.0, 8000.0, 1.8, 30.0, 3.0))
                                    .usSupport(new UsSupport(900.0, Dependence.MEDIUM, 7000)));

    private static AllyAssessment under(SupportLevel level, FactSet facts) throws Exception {
        return first(
                new Assessor(shippedRules())
                        .assess(facts, AssessOptions.DEFAULTS.withSupport(level)));
    }

    private static Stream<String> ruleIds(AllyAssessment ally) {
        return ally.actions().stream().flatMap(a -> a.ruleIds().stream());
    }

    private static Action raiseToFloor(AllyAssessment ally) {
        return ally.actions().stream()
                .filter(a -> a.id().endsWith("/raise-to-floor"))
                .findFirst()
                .orElseThrow();
    }

    @Test
    void fullSupportLowersTheAdvice() throws Exception {
        AllyAssessment ally = under(SupportLevel.FULL, EXPOSED);

        // BUD-4 is for reduced support only; $900M is under FULL's $1,000M line for a targeted
        // package
        assertThat(ruleIds(ally)).containsExactlyInAnyOrder("BUD-1", "INT-5");
        assertThat(ally.risks()).isEmpty();
        assertThat(raiseToFloor(ally).rationale())
                .endsWith("too little to respond independently should US support be cut.");
    }

    @Test
    void reducedSupportGivesTheAdviceOfTheValuesAsWritten() throws Exception {
        AllyAssessment ally = under(SupportLevel.REDUCED, EXPOSED);

        assertThat(shippedRules().thresholds(SupportLevel.REDUCED))
                .isEqualTo(shippedRules().thresholds());
        assertThat(ruleIds(ally))
                .containsExactlyInAnyOrder("BUD-1", "BUD-4", "US-2", "INT-4", "INT-5", "US-5");
        assertThat(ally.risks()).isEmpty();
        assertThat(raiseToFloor(ally).rationale())
                .endsWith("too little to respond independently now that US support is limited.");
    }

    @Test
    void minimalSupportRaisesMoreAdviceAndRisks() throws Exception {
        AllyAssessment ally = under(SupportLevel.MINIMAL, EXPOSED);

        // 7,000 troops pass MINIMAL's 5,000; two strong ties fall short of its 3; threat 3 is high
        // and advice in four areas at once calls for recalibrating the strategy as a whole (BUD-7)
        assertThat(ruleIds(ally))
                .containsExactlyInAnyOrder(
                        "BUD-1", "BUD-4", "US-2", "US-4", "REG-1", "INT-4", "INT-5", "US-5",
                        "BUD-7");
        assertThat(ally.risks())
                .extracting(Risk::kind)
                .containsExactlyInAnyOrder(
                        RiskKind.RELIABILITY_REASSESSMENT, RiskKind.STRETCHED_CAPACITY);
        assertThat(raiseToFloor(ally).rationale())
                .endsWith("too little to respond independently now that US support is minimal.");
        Action burden =
                ally.actions().stream()
                        .filter(a -> a.ruleIds().contains("US-4"))
                        .findFirst()
                        .orElseThrow();
        assertThat(burden.rationale())
                .isEqualTo(
                        "7000 US personnel are stationed in the ally; now that US support is "
                                + "minimal, partners in Europe-Test should be ready to take on part of their role.");
        assertThat(burden.evidence().values())
                .contains(
                        entry("scenario.usSupportLevel", "MINIMAL"),
                        entry("threshold.usAssistance.manyUsTroops", 5000));
        Risk reliability =
                ally.risks().stream()
                        .filter(r -> r.ruleId().equals("RISK-2"))
                        .findFirst()
                        .orElseThrow();
        assertThat(reliability.rationale())
                .isEqualTo(
                        "The ally's dependence on US-supplied critical capabilities is "
                                + "MEDIUM now that US support is minimal: it may come to doubt US commitments.");
    }

    @Test
    void noRationaleSpeaksOfLimitedSupportUnderFullSupport() throws Exception {
        Assessment result =
                new Assessor(shippedRules())
                        .assess(
                                FactReader.read(Path.of("facts/examples/synthetic")),
                                AssessOptions.DEFAULTS.withSupport(SupportLevel.FULL));

        Stream<String> rationales =
                result.allies().stream()
                        .flatMap(
                                a ->
                                        Stream.concat(
                                                a.actions().stream().map(Action::rationale),
                                                a.risks().stream().map(Risk::rationale)));
        assertThat(rationales)
                .isNotEmpty()
                .noneMatch(
                        r ->
                                r.contains("limited")
                                        || r.contains("reduced")
                                        || r.contains("minimal")
                                        || r.contains("REDUCED"));
    }
}
