package org.allyadvisor.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.allyadvisor.facts.Ally;
import org.allyadvisor.facts.Budget;
import org.allyadvisor.facts.Capabilities;
import org.allyadvisor.facts.Dependence;
import org.allyadvisor.facts.Diplomacy;
import org.allyadvisor.facts.FactSet;
import org.allyadvisor.facts.Interoperability;
import org.allyadvisor.facts.SupportLevel;
import org.allyadvisor.report.ExplanationText;
import org.allyadvisor.results.Explanation;
import org.allyadvisor.results.Explanation.Miss;
import org.allyadvisor.results.Explanation.Observation;
import org.allyadvisor.results.Explanation.WhyNot;
import org.allyadvisor.rules.Fixtures;
import org.allyadvisor.rules.RuleFolder;
import org.allyadvisor.rules.RuleSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The why-not of each kind of condition, on the shipped rules and the fixtures' sound allies. */
class ExplainerTest {

    private static final Explainer EXPLAINER = new Explainer(Fixtures.shippedRules());

    @TempDir Path temp;

    @Test
    void numericThresholdNamesTheValueTheThresholdAndHowFarApart() {
        Explanation explained = explainFirst(a -> a.budget(budget(2.03)));

        Miss bud1 = whyNot(explained, "BUD-1").rules().get(0);
        assertThat(bud1.kind()).isEqualTo(Miss.Kind.NO_FACT);
        assertThat(bud1.condition()).startsWith("SpendingBelowFloor(");
        Miss classification = bud1.because().get(0);
        assertThat(classification.rule().name()).isEqualTo("Spending below the NATO floor");
        assertThat(classification.kind()).isEqualTo(Miss.Kind.THRESHOLD);
        assertThat(classification.test()).isEqualTo("budget.defensePctGdp < $budget.floorPctGdp");
        assertThat(classification.at()).matches("rules/classify\\.drl:\\d+:\\d+");
        Observation seen = classification.observed().get(0);
        assertThat(seen.fact()).isEqualTo("Ally AAA");
        assertThat(seen.leftValue()).isEqualTo(2.03);
        assertThat(seen.rightValue()).isEqualTo(2.0);
        assertThat(seen.threshold()).isEqualTo("budget.floorPctGdp");
        assertThat(seen.distance()).isCloseTo(0.03, within(1e-9));
        assertThat(words(explained))
                .contains(
                        "Ally AAA: budget.defensePctGdp 2.03 is not below threshold budget.floorPctGdp 2 (0.03 above)");
    }

    @Test
    void enumMembershipNamesTheValueAndTheValuesItIsNotAmong() {
        Explanation explained = explainFirst(a -> a.diplomacy(new Diplomacy(5, false)));

        Miss dip2 = whyNot(explained, "DIP-2").rules().get(0);
        assertThat(dip2.kind()).isEqualTo(Miss.Kind.CONDITION);
        assertThat(dip2.test()).isEqualTo("level in (Dependence.MEDIUM, Dependence.HIGH)");
        Observation seen = dip2.observed().get(0);
        assertThat(seen.operator()).isEqualTo("in");
        assertThat(seen.leftValue()).isEqualTo(Dependence.LOW);
        assertThat(seen.right()).isEqualTo("(Dependence.MEDIUM, Dependence.HIGH)");
        assertThat(words(explained))
                .contains("level LOW is not in (Dependence.MEDIUM, Dependence.HIGH)");
    }

    @Test
    void missingClassificationIsFollowedIntoTheRuleThatDerivesIt() {
        Explanation explained = explainFirst(a -> a);

        Miss risk1 = whyNot(explained, "RISK-1").rules().get(0);
        assertThat(risk1.kind()).isEqualTo(Miss.Kind.NO_FACT);
        assertThat(risk1.condition()).isEqualTo("HighThreat( $id : ally, $level : level )");
        assertThat(risk1.because())
                .singleElement()
                .satisfies(
                        because -> {
                            assertThat(because.rule().name()).isEqualTo("Ally faces a high threat");
                            assertThat(because.test())
                                    .isEqualTo("threat.level >= $risk.highThreatLevel");
                            assertThat(because.observed().get(0).leftValue()).isEqualTo(3);
                            assertThat(because.observed().get(0).rightValue()).isEqualTo(4);
                        });
    }

    @Test
    void dataGapIsNamedAsTheMissingFactAndItsNullTest() {
        Explanation explained =
                explainFirst(
                        a -> a.interoperability(new Interoperability(null, 10, List.of("NATO"))));

        WhyNot int1 = whyNot(explained, "INT-1");
        assertThat(int1.missingFacts()).containsExactly("interoperability.score");
        Miss low = int1.rules().get(0).because().get(0);
        assertThat(low.kind()).isEqualTo(Miss.Kind.MISSING_FACT);
        assertThat(low.test()).isEqualTo("interoperability.score != null");
        assertThat(words(explained))
                .contains(" INT-1 not evaluated: interoperability.score is missing (a data gap) ");
    }

    @Test
    void notConditionNamesTheFactsThatContradictIt() {
        Explanation explained = explainFirst(a -> a);

        Miss framework = whyNot(explained, "REG-4").rules().get(0).because().get(0);
        assertThat(framework.kind()).isEqualTo(Miss.Kind.BLOCKED);
        assertThat(framework.condition())
                .isEqualTo(
                        "not String( this memberOf $regional.defenseFrameworks ) from $memberships");
        assertThat(framework.observed()).extracting(Observation::fact).containsExactly("NATO");
    }

    @Test
    void ruleThatPairsAlliesIsExplainedForEachPartTheAllyCouldPlay() throws Exception {
        FactSet facts =
                Fixtures.soundSet(
                        SupportLevel.REDUCED,
                        2,
                        a -> a,
                        b -> b.capabilities(new Capabilities(5, 3, 3)));

        Explanation explained = EXPLAINER.explain(facts, "AAA", AssessOptions.DEFAULTS);

        List<Miss> reg2 = whyNot(explained, "REG-2").rules();
        assertThat(reg2)
                .extracting(Miss::as)
                .containsExactly("StrongCapabilityInRegion", "WeakCapabilityInRegion");
        assertThat(reg2.get(0).because().get(0).rule().name())
                .isEqualTo("Strong enough in a capability to offer it to neighbours");
        Miss asWeak = reg2.get(1);
        assertThat(asWeak.kind()).isEqualTo(Miss.Kind.NO_FACT);
        assertThat(asWeak.condition()).startsWith("WeakCapabilityInRegion( region == $region");
        assertThat(asWeak.because().get(0).observed())
                .extracting(Observation::fact)
                .contains("CapabilityLevel[ally=AAA, capability=CYBER_DEFENSE, maturity=3]");
    }

    @Test
    void firedRuleShowsTheClassificationItMatchedAndIsNoWhyNot() {
        Explanation explained = explainFirst(a -> a.budget(budget(1.6)));

        Explanation.ExplainedAction raise =
                explained.actions().stream()
                        .filter(x -> x.action().ruleIds().contains("BUD-1"))
                        .findFirst()
                        .orElseThrow();
        Explanation.Classification below = raise.trails().get(0).classifications().get(0);
        assertThat(below.type()).isEqualTo("SpendingBelowFloor");
        assertThat(below.fields()).isEqualTo(Map.of("ally", "AAA", "defensePctGdp", 1.6));
        assertThat(below.by().name()).isEqualTo("Spending below the NATO floor");
        assertThat(explained.whyNot()).extracting(WhyNot::ruleId).doesNotContain("BUD-1");
    }

    @Test
    void whyNotFollowsARuleAsEdited() throws Exception {
        RuleFolder edited =
                RuleFolder.copyOfShipped(temp)
                        .replaceIn(
                                "regional.drl",
                                "memberships != null, memberships.isEmpty(), $region : region",
                                "memberships != null, memberships.size() < 1, $region : region");
        Explainer explainer = new Explainer(RuleSet.load(edited.dir()));

        Explanation explained =
                explainer.explain(Fixtures.soundSet(a -> a), "AAA", AssessOptions.DEFAULTS);

        Miss reg3 = whyNot(explained, "REG-3").rules().get(0);
        assertThat(reg3.test()).isEqualTo("memberships.size() < 1");
        assertThat(reg3.at()).isEqualTo(edited.shown("regional.drl") + ":75:42");
        assertThat(words(explained))
                .contains("Ally AAA: memberships.size() 1 is not below 1 (equal)");
    }

    private static Budget budget(double pctGdp) {
        return new Budget(500.0, 18000.0, pctGdp, 30.0, 3.0, Map.of(2023, 3.0, 2024, 3.0));
    }

    private static Explanation explainFirst(UnaryOperator<Ally.Builder> change) {
        FactSet facts = Fixtures.soundSet(change);
        try {
            return EXPLAINER.explain(facts, "AAA", AssessOptions.DEFAULTS);
        } catch (Exception e) {
            throw new AssertionError(e.getMessage(), e);
        }
    }

    /**
     * The text rendering with its line breaks and indents run together, to read sentences that
     * wrap.
     */
    private static String words(Explanation explained) {
        return ExplanationText.render(explained).replaceAll("\\s+", " ");
    }

    private static WhyNot whyNot(Explanation explained, String id) {
        return explained.whyNot().stream()
                .filter(w -> w.ruleId().equals(id))
                .findFirst()
                .orElseThrow(() -> new AssertionError(id + " has no why-not"));
    }
}
