package org.allyadvisor.report;

import static org.assertj.core.api.Assertions.assertThat;

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
        List<String> excerpt =
                ReadmeExcerpt.after("What the first command prints").stream()
                        .map(ReadmeExcerpt::withoutFingerprints)
                        .toList();
        String real =
                ReadmeExcerpt.withoutFingerprints(
                        TableReport.render(
                                new Assessor(RuleSet.builtIn())
                                        .assess(FactReader.read(Path.of("facts")))));

        assertThat(excerpt).hasSizeGreaterThan(10);
        assertThat(real.lines().toList()).containsAll(excerpt);
    }
}
