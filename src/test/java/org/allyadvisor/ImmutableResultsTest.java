package org.allyadvisor;

import static org.allyadvisor.rules.Fixtures.shippedRules;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.allyadvisor.engine.AssessOptions;
import org.allyadvisor.engine.Explainer;
import org.allyadvisor.facts.FactSet;
import org.allyadvisor.facts.read.FactReader;
import org.allyadvisor.rules.RuleFolder;
import org.allyadvisor.rules.RuleSet;
import org.allyadvisor.uncertainty.Uncertainty;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Lists the library works out on request are as unchangeable as the records it returns: a caller
 * that sorts or trims what it was given gets an exception, not a list that looks like the
 * library's. Each of these was an ArrayList handed out as it was built.
 */
class ImmutableResultsTest {

    private static FactSet shippedFacts() throws Exception {
        return FactReader.read(Path.of("facts"));
    }

    @Test
    void theTiesOfAFactSetCannotBeChanged() throws Exception {
        FactSet facts = shippedFacts();
        assertThat(facts.ties()).isNotEmpty();

        assertThatThrownBy(() -> facts.ties().clear())
                .isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void theThresholdRangesOfARuleSetCannotBeChanged(@TempDir Path temp) throws Exception {
        RuleFolder folder = RuleFolder.copyOfShipped(temp);
        Path thresholds = folder.dir().resolve("thresholds.yaml");
        Files.writeString(
                thresholds,
                Files.readString(thresholds)
                        + "\nuncertainty:\n  budget.floorPctGdp: {range: 1.9..2.1, basis: test}\n");
        RuleSet disputed = RuleSet.load(folder.dir());
        assertThat(disputed.thresholdRanges()).hasSize(1);

        assertThatThrownBy(() -> disputed.thresholdRanges().clear())
                .isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void theExplanationsOfSeveralAlliesCannotBeChanged() throws Exception {
        FactSet facts = shippedFacts();
        List<String> two = List.of(facts.allies().get(0).id(), facts.allies().get(1).id());

        var explanations =
                new Explainer(shippedRules()).explain(facts, two, AssessOptions.DEFAULTS);

        assertThat(explanations).hasSize(2);
        assertThatThrownBy(() -> explanations.clear())
                .isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void theAdviceOnlyVariantsRaiseCannotBeChanged() throws Exception {
        var stability =
                new Uncertainty(shippedRules(), 1)
                        .sample(shippedFacts(), AssessOptions.DEFAULTS, 4, 42);

        assertThatThrownBy(() -> stability.raisedByVariants().add(null))
                .isInstanceOf(UnsupportedOperationException.class);
    }
}
