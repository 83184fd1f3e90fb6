package org.allyadvisor.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

/** Policy staff read the README's catalogue first: it must list every rule, in the file it is in. */
class ReadmeCatalogueTest {

    @Test
    void everyCatalogueRuleHasItsRowInTheReadme() throws Exception {
        List<String> rows = Files.readAllLines(Path.of("README.md")).stream().filter(l -> l.startsWith("| ")).toList();

        assertThat(Fixtures.shippedRules().catalogue()).allSatisfy(rule -> {
            String file = Path.of(rule.file()).getFileName().toString();
            assertThat(rows).as("README row for %s in %s", rule.id(), file)
                    .anyMatch(row -> row.startsWith("| " + rule.id() + " |") && row.endsWith("| " + file + " |"));
        });
    }
}
