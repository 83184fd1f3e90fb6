package org.allyadvisor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.allyadvisor.rules.RuleFolder;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code explain} in-process, on a rule folder of the shipped thresholds and a small rule file of
 * its own ({@code src/test/resources/explain}), so that its exact text holds whatever the shipped
 * rules become. The folder is made at a fixed place under {@code target/}, as the text wraps around
 * the paths it cites.
 */
class ExplainCommandTest {

    private static final String FACTS = "src/test/resources/explain/facts.yaml";

    @TempDir Path temp;

    private Path rules;

    @BeforeEach
    void ruleFolder() throws Exception {
        rules = Files.createDirectories(Path.of("target", "explain-test", "rules"));
        Files.copy(
                Path.of("rules/thresholds.yaml"),
                rules.resolve("thresholds.yaml"),
                StandardCopyOption.REPLACE_EXISTING);
        Files.copy(
                Path.of("src/test/resources/explain/explain.drl"),
                rules.resolve("explain.drl"),
                StandardCopyOption.REPLACE_EXISTING);
    }

    @Test
    void explainPrintsEachActionsChainAndWhyEveryOtherRuleGaveNothing() {
        Cli run = Cli.run("explain", FACTS, "--ally", "XWK", "--rules", rules.toString());

        assertThat(run.exitCode()).isZero();
        assertThat(run.err()).isEmpty();
        assertThat(run.out().replaceAll("sha256 [0-9a-f]{12}", "sha256 X"))
                .isEqualTo(
                        """
                XWK  Weakland  [Test-East]
                One test ally (as of 2025-06-30)
                US support: REDUCED   Rules: target/explain-test/rules/ (sha256 X)

                1 action
                  1  MEDIUM  59.2  Raise defense spending to the floor
                     why: Defense spending is 1.9% of GDP, under the 2% floor.
                     BUD-1  rule "Raise spending to the floor" (target/explain-test/rules/explain.drl:28)
                       passage: "Focus on sustainable defense budgets"
                       matched BelowFloor(ally=XWK, defensePctGdp=1.9), derived by rule "Spending below the floor"
                         (target/explain-test/rules/explain.drl:19)
                     facts: budget.defensePctGdp = 1.9 (given)
                     thresholds: budget.floorPctGdp = 2
                     computed: distance.pointsBelowFloor = 0.1
                     score: 100 × 0.8 (severity HIGH) × 0.95 (threat level 4) × 0.95 (US support REDUCED) × 0.82
                       (pointsBelowFloor 0.1, full at 1) = 59.2

                Risks: none

                Data gaps (the facts missing, and the rules they kept from being evaluated)
                  interoperability.score: INT-1

                Why not: 3 catalogue rules gave XWK nothing
                  BUD-3  rule "Equipment share below the guideline" (target/explain-test/rules/explain.drl:47)
                     target/explain-test/rules/explain.drl:55:50: budget.equipmentPct < $budget.minEquipmentPct
                       Ally XWK: budget.equipmentPct 25 is not below threshold budget.minEquipmentPct 20 (5 above)
                  INT-1  not evaluated: interoperability.score is missing (a data gap)
                  INT-5  rule "Reliance on US capabilities" (target/explain-test/rules/explain.drl:67)
                     target/explain-test/rules/explain.drl:74:51: usSupport.dependence in (Dependence.MEDIUM,
                       Dependence.HIGH)
                       Ally XWK: usSupport.dependence LOW is not in (Dependence.MEDIUM, Dependence.HIGH)
                """);
    }

    @Test
    void jsonNamesItsSchemaAndIsByteIdenticalAcrossRuns() {
        Cli first =
                Cli.run(
                        "explain",
                        FACTS,
                        "--ally",
                        "XWK",
                        "--rules",
                        rules.toString(),
                        "--format",
                        "json");
        Cli second =
                Cli.run(
                        "explain",
                        FACTS,
                        "--ally",
                        "XWK",
                        "--rules",
                        rules.toString(),
                        "--format",
                        "json");

        assertThat(first.exitCode()).isZero();
        assertThat(first.out())
                .startsWith("{\n  \"schema\": \"ally-advisor/explanation/1\",\n")
                .contains("\"ally\": {\n    \"id\": \"XWK\",")
                .contains("\"kind\": \"threshold\"")
                .contains("\"threshold\": \"budget.minEquipmentPct\"")
                .contains("\"missingFacts\": [\n        \"interoperability.score\"\n      ]");
        assertThat(second.out()).isEqualTo(first.out());
    }

    @Test
    void outputFileGetsTheExplanationAndStdoutStaysEmpty() throws Exception {
        Path file = temp.resolve("xwk.json");

        Cli run =
                Cli.run(
                        "explain",
                        FACTS,
                        "--ally",
                        "XWK",
                        "--rules",
                        rules.toString(),
                        "--format",
                        "json",
                        "-o",
                        file.toString());

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).isEmpty();
        assertThat(Files.readString(file))
                .startsWith("{\n  \"schema\": \"ally-advisor/explanation/1\"");
    }

    @Test
    void allyIsFoundInAnyCaseAsAssessFindsIt() {
        Cli lower = Cli.run("explain", FACTS, "--ally", "xwk", "--rules", rules.toString());
        Cli upper = Cli.run("explain", FACTS, "--ally", "XWK", "--rules", rules.toString());

        assertThat(lower.exitCode()).isZero();
        assertThat(lower.out()).isEqualTo(upper.out());
    }

    @Test
    void unknownAllyIsAUsageErrorNamingTheNearestId() {
        Cli run = Cli.run("explain", FACTS, "--ally", "XWX", "--rules", rules.toString());

        run.assertFailed(2, "ally-advisor: no ally 'XWX' in " + FACTS + "; did you mean 'XWK'?\n");
    }

    @Test
    void allyIsRequired() {
        Cli run = Cli.run("explain", FACTS);

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).startsWith("ally-advisor: Missing required option: '--ally=ID'\n");
    }

    @Test
    void badFactsAreReportedAsAssessReportsThem() throws Exception {
        Path facts = BadInput.factsOutOfRange(temp);

        Cli run =
                Cli.run("explain", facts.toString(), "--ally", "XAA", "--rules", rules.toString());

        run.assertFailed(3, BadInput.outOfRange(facts));
    }

    @Test
    void brokenRulesExitFourWithTheirLocatedErrors() throws Exception {
        RuleFolder broken = BadInput.brokenRules(temp.resolve("broken"));

        Cli run = Cli.run("explain", FACTS, "--ally", "XWK", "--rules", broken.dir().toString());

        run.assertFailed(4, BadInput.doesNotCompile(broken));
    }
}
