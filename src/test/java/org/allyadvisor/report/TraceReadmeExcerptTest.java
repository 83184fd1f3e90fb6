package org.allyadvisor.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
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
        String readme = Files.readString(Path.of("README.md"));
        int from =
                readme.indexOf("```text\n", readme.indexOf("What `trace facts/` prints"))
                        + "```text\n".length();
        List<String> excerpt =
                readme.substring(from, readme.indexOf("```", from))
                        .lines()
                        .filter(line -> !line.equals("..."))
                        .toList();
        String real =
                TraceTableReport.render(
                        Traceability.of(RuleSet.builtIn(), FactReader.read(Path.of("facts"))));

        assertThat(excerpt).hasSizeGreaterThan(10);
        assertThat(real.lines().toList()).containsSubsequence(excerpt);
    }
}
