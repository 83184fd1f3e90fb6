package org.allyadvisor.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
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
        String readme = Files.readString(Path.of("README.md"));
        int from =
                readme.indexOf("```text\n", readme.indexOf("What it prints for Belgium"))
                        + "```text\n".length();
        List<String> excerpt =
                readme.substring(from, readme.indexOf("```", from))
                        .lines()
                        .filter(line -> !line.equals("..."))
                        // the fingerprint changes with every rule edit; the rest of the line must
                        // hold
                        .map(line -> line.replaceAll("sha256 [0-9a-f]{12}", "sha256 "))
                        .toList();
        String real =
                ExplanationText.render(
                                new Explainer(RuleSet.builtIn())
                                        .explain(
                                                FactReader.read(Path.of("facts")),
                                                "BEL",
                                                AssessOptions.DEFAULTS))
                        .replaceAll("sha256 [0-9a-f]{12}", "sha256 ");

        assertThat(excerpt).hasSizeGreaterThan(10);
        assertThat(real.lines().toList()).containsAll(excerpt);
    }
}
