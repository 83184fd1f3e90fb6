package org.allyadvisor.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.allyadvisor.facts.read.FactReader;
import org.allyadvisor.rules.RuleSet;
import org.allyadvisor.trace.Traceability;
import org.junit.jupiter.api.Test;

/**
 * The README's excerpt of {@code trace facts/} is real output of the shipped facts and rules, in
 * its order.
 */
class TraceReadmeExcerptTest {

    @Test
    void everyLineOfTheTraceExcerptIsInTheRealOutputInOrder() throws Exception {
        List<String> excerpt = ReadmeExcerpt.after("What `trace facts/` prints");
        String real =
                TraceTableReport.render(
                        Traceability.of(RuleSet.builtIn(), FactReader.read(Path.of("facts"))));

        assertThat(excerpt).hasSizeGreaterThan(10);
        assertThat(real.lines().toList()).containsSubsequence(excerpt);
    }
}
