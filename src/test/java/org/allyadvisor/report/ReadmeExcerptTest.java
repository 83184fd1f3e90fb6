package org.allyadvisor.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.allyadvisor.engine.Assessor;
import org.allyadvisor.facts.read.FactReader;
import org.allyadvisor.rules.RuleSet;
import org.junit.jupiter.api.Test;

/**
 * The README's excerpt of the first command's output is real output of the shipped facts and rules.
 */
class ReadmeExcerptTest {

    @Test
    void everyLineOfTheReadmeExcerptIsInTheRealOutput() throws Exception {
        String readme = Files.readString(Path.of("README.md"));
        int from =
                readme.indexOf("```text\n", readme.indexOf("What the first command prints"))
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
                TableReport.render(
                                new Assessor(RuleSet.builtIn())
                                        .assess(FactReader.read(Path.of("facts"))))
                        .replaceAll("sha256 [0-9a-f]{12}", "sha256 ");

        assertThat(excerpt).hasSizeGreaterThan(10);
        assertThat(real.lines().toList()).containsAll(excerpt);
    }
}
