package org.allyadvisor.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.allyadvisor.engine.AssessOptions;
import org.allyadvisor.engine.Explainer;
import org.allyadvisor.facts.read.FactReader;
import org.allyadvisor.rules.RuleSet;
import org.junit.jupiter.api.Test;

/**
 * The README's excerpt of {@code explain facts/ --ally BEL} is real output of the shipped facts and
 * rules.
 */
class ExplainReadmeExcerptTest {

    @Test
    void everyLineOfTheExplainExcerptIsInTheRealOutput() throws Exception {
        List<String> excerpt =
                ReadmeExcerpt.after("What it prints for Belgium").stream()
                        .map(ReadmeExcerpt::withoutFingerprints)
                        .toList();
        String real =
                ReadmeExcerpt.withoutFingerprints(
                        ExplanationText.render(
                                new Explainer(RuleSet.builtIn())
                                        .explain(
                                                FactReader.read(Path.of("facts")),
                                                "BEL",
                                                AssessOptions.DEFAULTS)));

        assertThat(excerpt).hasSizeGreaterThan(10);
        assertThat(real.lines().toList()).containsAll(excerpt);
    }
}
