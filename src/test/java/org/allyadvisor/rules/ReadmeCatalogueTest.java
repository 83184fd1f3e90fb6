package org.allyadvisor.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.allyadvisor.report.CatalogueReport;
import org.junit.jupiter.api.Test;

/**
 * Policy staff read the README's catalogue first: it must list every rule, in the file it is in.
 */
class ReadmeCatalogueTest {

    private static final String FROM = "<!-- catalogue: ally-advisor rules --format markdown -->\n";
    private static final String TO = "<!-- end of catalogue -->";

    @Test
    void everyCatalogueRuleHasItsRowInTheReadme() throws Exception {
        List<String> rows =
                Files.readAllLines(Path.of("README.md")).stream()
                        .filter(l -> l.startsWith("| "))
                        .toList();

        assertThat(Fixtures.shippedRules().catalogue())
                .allSatisfy(
                        rule -> {
                            String file = Path.of(rule.file()).getFileName().toString();
                            assertThat(rows)
                                    .as("README row for %s in %s", rule.id(), file)
                                    .anyMatch(
                                            row ->
                                                    row.startsWith("| " + rule.id() + " |")
                                                            && row.endsWith("| " + file + " |"));
                        });
    }

    @Test
    void readmeCatalogueIsWhatTheRulesCommandPrintsInMarkdown() throws Exception {
        String readme = Files.readString(Path.of("README.md"));
        int from = readme.indexOf(FROM);
        int to = readme.indexOf(TO, from);

        assertThat(from).as("README marker %s", FROM.strip()).isNotNegative();
        assertThat(readme.substring(from + FROM.length(), to))
                .as(
                        "README catalogue; regenerate with: java -jar target/ally-advisor.jar rules --format markdown")
                .isEqualTo(CatalogueReport.markdown(Fixtures.shippedRules(), false));
    }
}
