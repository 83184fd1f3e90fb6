package org.allyadvisor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.allyadvisor.rules.RuleFolder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code rules}: the catalogue of the loaded rules, as a table, JSON or Markdown. */
class RulesCommandTest {

    @TempDir Path temp;

    @Test
    void tableListsEachRuleWithItsPassageAndEndsWithACount() {
        Cli run = Cli.run("rules");

        assertThat(run.exitCode()).isZero();
        assertThat(run.err()).isEmpty();
        assertThat(run.out())
                .startsWith(
                        """
                ID      CATEGORY                       FORM   FILE:LINE                      RULE
                BUD-1   SUSTAINABLE_BUDGETS            DRL    rules/budget.drl:14            Defense spending below the NATO floor
                        "Focus on sustainable defense budgets: Allocating resources wisely ensures readiness and the ability to respond independently when necessary."
                """)
                .contains("\nRISK-2  risk RELIABILITY_REASSESSMENT  DRL    rules/risks.drl:")
                .endsWith("\n30 catalogue ids in 36 rules (built-in)\n");
    }

    @Test
    void allListsTheClassificationRulesAfterTheCatalogue() {
        Cli run = Cli.run("rules", "--all");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out())
                .contains("\n-       classification                 DRL    rules/classify.drl:")
                .endsWith(" rules (built-in)\n");
        assertThat(run.out().indexOf("\n-  ")).isGreaterThan(run.out().indexOf("\nUS-5 "));
    }

    @Test
    void markdownIsOneRowPerRule() {
        Cli run = Cli.run("rules", "--format", "markdown");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out())
                .startsWith(
                        "| id | category | rule | form | file:line | passage |\n|---|---|---|---|---|---|\n"
                                + "| BUD-1 | SUSTAINABLE_BUDGETS | Defense spending below the NATO floor | DRL | rules/budget.drl:14 | "
                                + "\"Focus on sustainable defense budgets: Allocating resources wisely ensures readiness and the ability to "
                                + "respond independently when necessary.\" |\n");
        assertThat(run.out().lines()).hasSize(2 + 36);
    }

    @Test
    void jsonHasEveryRuleWithItsMetadata() throws Exception {
        Cli run = Cli.run("rules", "--rules", "rules", "--format", "json");

        assertThat(run.exitCode()).isZero();
        JsonNode json = new ObjectMapper().readTree(run.out());
        assertThat(json.get("schema").asText()).isEqualTo("ally-advisor/rules/1");
        assertThat(json.get("source").asText()).isEqualTo("rules/");
        assertThat(json.get("rules")).hasSize(36);
        JsonNode risk =
                json.get("rules").findParents("id").stream()
                        .filter(r -> r.get("id").asText().equals("RISK-2"))
                        .findFirst()
                        .orElseThrow();
        assertThat(risk.get("category").isNull()).isTrue();
        assertThat(risk.get("risk").asText()).isEqualTo("RELIABILITY_REASSESSMENT");
        assertThat(risk.get("form").asText()).isEqualTo("DRL");
        assertThat(risk.get("file").asText()).isEqualTo("rules/risks.drl");
        assertThat(risk.get("passage").asText())
                .isEqualTo(
                        "Increased diplomatic tensions as some partners reassess the reliability of U.S. commitments.");
    }

    @Test
    void sameRulesGiveTheSameBytes() {
        assertThat(Cli.run("rules", "--format", "json").out())
                .isEqualTo(Cli.run("rules", "--format", "json").out());
    }

    @Test
    void outputFileGetsTheCatalogue() throws Exception {
        Path catalogue = temp.resolve("catalogue.md");

        Cli run = Cli.run("rules", "--format", "markdown", "--output", catalogue.toString());

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).isEmpty();
        assertThat(Files.readString(catalogue))
                .isEqualTo(Cli.run("rules", "--format", "markdown").out());
    }

    @Test
    void ruleFolderThatDoesNotLoadIsExitFour() {
        RuleFolder rules = BadInput.brokenRules(temp);

        Cli run = Cli.run("rules", "--rules", rules.dir().toString());

        run.assertFailed(4, BadInput.doesNotCompile(rules));
    }

    @Test
    void unknownFormatIsAUsageError() {
        Cli run = Cli.run("rules", "--format", "xml");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
    }
}
