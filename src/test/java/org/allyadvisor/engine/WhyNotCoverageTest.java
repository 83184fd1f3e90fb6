package org.allyadvisor.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.allyadvisor.facts.FactSet;
import org.allyadvisor.facts.SupportLevel;
import org.allyadvisor.facts.read.FactReader;
import org.allyadvisor.results.Explanation;
import org.allyadvisor.results.Explanation.Miss;
import org.allyadvisor.results.Explanation.Observation;
import org.allyadvisor.results.Explanation.WhyNot;
import org.allyadvisor.rules.Fixtures;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * For every catalogue rule and every ally of the shipped fact sets: the rule gave the ally nothing
 * exactly when explain names why, and what it names is a failing condition or a data gap, whose
 * values really fail the comparison shown.
 */
class WhyNotCoverageTest {

    private static final Explainer EXPLAINER = new Explainer(Fixtures.shippedRules());

    @ParameterizedTest(name = "{0} under {1}")
    @CsvSource({
        "facts, REDUCED",
        "facts, FULL",
        "facts/examples/synthetic, REDUCED",
        "facts/examples/synthetic, MINIMAL"
    })
    void everyRuleThatGaveAnAllyNothingNamesAFailingConditionOrADataGap(
            String folder, SupportLevel support) throws Exception {
        FactSet facts = FactReader.read(Path.of(folder));
        Set<String> catalogue = Fixtures.shippedRules().catalogueById().keySet();

        List<Explanation> explained =
                EXPLAINER.explain(facts, List.of(), AssessOptions.DEFAULTS.withSupport(support));

        assertThat(explained).hasSize(facts.allies().size());
        List<String> problems = new ArrayList<>();
        for (Explanation one : explained) {
            Set<String> fired = new HashSet<>();
            one.actions().forEach(a -> fired.addAll(a.action().ruleIds()));
            one.risks().forEach(r -> fired.add(r.risk().ruleId()));
            one.coalitions().forEach(c -> fired.add(c.ruleId()));
            Set<String> explainedNot = new HashSet<>();
            for (WhyNot whyNot : one.whyNot()) {
                explainedNot.add(whyNot.ruleId());
                if (whyNot.missingFacts().isEmpty()) {
                    whyNot.rules()
                            .forEach(
                                    miss ->
                                            check(
                                                    one.ally().id() + " " + whyNot.ruleId(),
                                                    miss,
                                                    problems));
                }
            }
            Set<String> notFired = new HashSet<>(catalogue);
            notFired.removeAll(fired);
            if (!explainedNot.equals(notFired)) {
                problems.add(
                        one.ally().id()
                                + ": rules without advice "
                                + notFired
                                + ", explained "
                                + explainedNot);
            }
        }
        assertThat(problems).isEmpty();
    }

    /**
     * A miss names a condition that fails: a test with values that fail it, a blocking fact, or a
     * classification followed further.
     */
    private static void check(String where, Miss miss, List<String> problems) {
        String at = where + " (" + miss.rule().name() + ")";
        switch (miss.kind()) {
            case CONDITIONS_HOLD -> problems.add(at + ": its conditions hold, yet it gave nothing");
            case BLOCKED -> {
                if (miss.observed().isEmpty()) {
                    problems.add(at + ": a blocked condition names no blocking fact");
                }
            }
            case NO_FACT -> {
                if (miss.condition().isBlank()) {
                    problems.add(at + ": no condition named");
                }
                miss.because().forEach(deeper -> check(where, deeper, problems));
            }
            default -> {
                if (miss.test() == null && miss.kind() != Miss.Kind.CONDITION
                        || miss.condition().isBlank()) {
                    problems.add(at + ": no failing test named");
                }
                if (miss.test() != null && miss.observed().isEmpty()) {
                    problems.add(at + ": " + miss.test() + " is named but tried on no fact");
                }
                miss.observed().stream()
                        .filter(WhyNotCoverageTest::holds)
                        .forEach(
                                seen ->
                                        problems.add(
                                                at + ": " + miss.test() + " holds for " + seen));
            }
        }
    }

    /**
     * Whether the values shown for a comparison satisfy it after all (so it is not what failed).
     */
    private static boolean holds(Observation seen) {
        if (seen.operator() == null || seen.leftValue() == null) {
            return seen.operator() == null && Boolean.TRUE.equals(seen.leftValue());
        }
        if (seen.leftValue() instanceof Number left && seen.rightValue() instanceof Number right) {
            double l = left.doubleValue();
            double r = right.doubleValue();
            return switch (seen.operator()) {
                case "<" -> l < r;
                case "<=" -> l <= r;
                case ">" -> l > r;
                case ">=" -> l >= r;
                case "==" -> l == r;
                case "!=" -> l != r;
                default -> false;
            };
        }
        if (seen.operator().equals("in")) {
            String value = String.valueOf(seen.leftValue());
            return List.of(seen.right().replaceAll("[()\"\\s]", "").split(",")).stream()
                    .anyMatch(option -> option.equals(value) || option.endsWith("." + value));
        }
        if (seen.operator().equals("==")) {
            return String.valueOf(seen.leftValue()).equals(String.valueOf(seen.rightValue()));
        }
        return false;
    }
}
