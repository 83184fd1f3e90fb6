package org.allyadvisor.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.allyadvisor.facts.read.FactReader;
import org.allyadvisor.rules.RuleSet;
import org.allyadvisor.sweep.Sweep;
import org.junit.jupiter.api.Test;

/**
 * The README's excerpt of {@code sweep facts/ --threshold budget.floorPctGdp} is real output of the
 * shipped facts and rules.
 */
class SweepReadmeExcerptTest {

    @Test
    void everyLineOfTheSweepExcerptIsInTheRealOutput() throws Exception {
        List<String> excerpt = ReadmeExcerpt.after("(the flip points of\nthe floor)");
        String real =
                SweepTableReport.render(
                        new Sweep(RuleSet.builtIn())
                                .threshold(
                                        FactReader.read(Path.of("facts")),
                                        "budget.floorPctGdp",
                                        Optional.empty()));

        assertThat(excerpt).hasSizeGreaterThan(10);
        assertThat(real.lines().toList()).containsAll(excerpt);
    }
}
