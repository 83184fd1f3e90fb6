package org.allyadvisor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.allyadvisor.rules.RuleFolder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TestCommandTest {

    private static final String SHIPPED_CASES = "76";
    private static final String FLOOR_SCENARIO =
            """
            name: The floor
            facts: facts/sound-allies.yaml
            ally: AAA
            cases:
              - name: Below the floor
                set:
                  AAA.budget.defensePctGdp: 1.9
                expect:
                  actions:
                    - {rule: BUD-1, key: raise-to-floor, priority: MEDIUM}
              - name: At the floor
                set:
                  AAA.budget.defensePctGdp: 2.0
                expect absent:
                  actions: [BUD-1]
            """;

    @TempDir Path temp;

    /** A scenario file in a folder of its own, beside a copy of the shipped sound allies. */
    private Path scenario(String name, String text) throws IOException {
        Path facts = Files.createDirectories(temp.resolve("facts"));
        if (!Files.exists(facts.resolve("sound-allies.yaml"))) {
            Files.copy(
                    Path.of("rules/scenarios/facts/sound-allies.yaml"),
                    facts.resolve("sound-allies.yaml"));
        }
        return Files.writeString(temp.resolve(name), text);
    }

    @Test
    void shippedScenariosPassAgainstTheShippedRules() {
        Cli run = Cli.run("test", "--rules", "rules");

        assertThat(run.err()).isEmpty();
        assertThat(run.exitCode()).isZero();
        List<String> lines = run.out().lines().toList();
        assertThat(lines.get(lines.size() - 1)).isEqualTo(SHIPPED_CASES + " passed, 0 failed");
        assertThat(lines.subList(0, lines.size() - 1)).allMatch(line -> line.startsWith("PASS  "));
        assertThat(run.out())
                .startsWith(
                        "PASS  Sustainable budgets: BUD-1 raises spending 0.1 points below the 2% floor to it\n");
    }

    @Test
    void builtInRulesRunTheirBuiltInScenarios() {
        Cli run = Cli.run("test");

        assertThat(run.exitCode()).isZero();
        assertThat(run.err()).isEmpty();
        assertThat(run.out()).endsWith("\n" + SHIPPED_CASES + " passed, 0 failed\n");
    }

    @Test
    void raisingTheFloorFailsTheCasesOnEitherSideOfItsLine() {
        RuleFolder rules =
                RuleFolder.copyOfShipped(temp)
                        .replaceIn("thresholds.yaml", "  floorPctGdp: 2.0 ", "  floorPctGdp: 2.5 ");
        String budget = rules.shown("scenarios/budget.yaml");
        String risks = rules.shown("scenarios/risks.yaml");

        Cli run = Cli.run("test", "--rules", rules.dir().toString());

        assertThat(run.exitCode()).isEqualTo(ExitCodes.CHECK_FAILED);
        assertThat(run.err()).isEmpty();
        assertThat(run.out().lines().filter(line -> !line.startsWith("PASS  ")).toList())
                .containsExactly(
                        "FAIL  Sustainable budgets: BUD-1 raises spending 0.1 points below the 2% floor to it",
                        "      at " + budget + ":8",
                        "      expected action BUD-1 raise-to-floor at MEDIUM (" + budget + ":13)",
                        "      AAA got action BUD-1 raise-to-floor HIGH 62.9",
                        "FAIL  Sustainable budgets: BUD-1 stays quiet for spending just at the floor",
                        "      at " + budget + ":15",
                        "      expected no action BUD-1 (" + budget + ":19)",
                        "      AAA got action BUD-1 raise-to-floor HIGH 61.6",
                        "FAIL  Risks: RISK-1 stays quiet under threat level 4 with spending at the floor",
                        "      at " + risks + ":18",
                        "      expected no risk RISK-1 (" + risks + ":24)",
                        "      AAA got action BUD-1 raise-to-floor HIGH 65.0",
                        "              risk RISK-1 STRETCHED_CAPACITY HIGH 62.6",
                        "73 passed, 3 failed");
    }

    @Test
    void namedScenarioFilesRunInsteadOfTheRuleFolders() throws IOException {
        Path floor = scenario("floor.yaml", FLOOR_SCENARIO);

        Cli run = Cli.run("test", floor.toString());

        assertThat(run.exitCode()).isZero();
        assertThat(run.out())
                .isEqualTo(
                        """
                PASS  The floor: Below the floor
                PASS  The floor: At the floor
                2 passed, 0 failed
                """);
    }

    @Test
    void aFolderOfScenariosRunsEachFileByName() throws IOException {
        scenario("b-floor.yaml", FLOOR_SCENARIO);
        scenario("a-floor.yaml", FLOOR_SCENARIO.replace("The floor", "Another floor"));

        Cli run = Cli.run("test", temp.toString());

        assertThat(run.exitCode()).isZero();
        assertThat(run.out())
                .startsWith("PASS  Another floor: Below the floor\n")
                .endsWith("4 passed, 0 failed\n");
    }

    @Test
    void coverageListsTheCasesThatMadeEachRuleFireAndTheRulesNoneExercises() throws IOException {
        Path floor = scenario("floor.yaml", FLOOR_SCENARIO);

        Cli run = Cli.run("test", floor.toString(), "--coverage");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out())
                .contains(
                        """
                PASS  The floor: At the floor
                Coverage: 2 of 30 catalogue rules fired in some case (6.7%)
                  BUD-1   The floor: Below the floor
                  BUD-2   The floor: At the floor
                  BUD-3   no case makes it fire
                """)
                .contains(
                        """
                  US-5    no case makes it fire
                No case exercises: BUD-3, BUD-4, BUD-5, BUD-6, BUD-7, DIP-1, DIP-2, INT-1, INT-2, INT-3, INT-4, INT-5, \
                REG-1, REG-2, REG-3, REG-4, RISK-1, RISK-2, RISK-3, TECH-1, TECH-2, TECH-3, TECH-4, US-1, US-2, US-3, \
                US-4, US-5
                2 passed, 0 failed
                """);
    }

    @Test
    void shippedScenariosExerciseEveryCatalogueRule() {
        Cli run = Cli.run("test", "--rules", "rules", "--coverage", "--min-coverage", "100");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out())
                .contains("Coverage: 30 of 30 catalogue rules fired in some case (100%)\n")
                .contains(
                        "\nEvery catalogue rule fires in some case.\n"
                                + SHIPPED_CASES
                                + " passed, 0 failed\n");
    }

    @Test
    void coverageBelowTheMinimumFailsTheRun() throws IOException {
        Path floor = scenario("floor.yaml", FLOOR_SCENARIO);

        Cli run = Cli.run("test", floor.toString(), "--min-coverage", "50");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.CHECK_FAILED);
        assertThat(run.out())
                .isEqualTo(
                        """
                PASS  The floor: Below the floor
                PASS  The floor: At the floor
                Coverage 6.7% is below --min-coverage 50%
                2 passed, 0 failed
                """);
    }

    @Test
    void minimumCoverageOutsideZeroToHundredIsAUsageError() {
        Cli run = Cli.run("test", "--min-coverage", "120");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.out()).isEmpty();
        assertThat(run.err())
                .isEqualTo(
                        "ally-advisor: --min-coverage takes a percentage from 0 to 100, got 120.0\n");
    }

    @Test
    void malformedScenarioIsRefusedWithEveryProblemOnItsLine() throws IOException {
        Path bad =
                scenario(
                        "bad.yaml",
                        """
                name: Bad
                facts: facts/sound-allies.yaml
                ally: AAA
                cases:
                  - name: misspelt
                    sett:
                      AAA.budget.defensePctGdp: 1.9
                    expect:
                      actions:
                        - {rule: BUD-9, key: raise-to-floor, priority: HIGHH}
                  - name: bad values
                    set:
                      AAA.threat.level: 9
                    expect absent:
                      risks: [RISK-9]
                """);
        String shown = bad.toString();

        Cli run = Cli.run("test", shown);

        assertThat(run.exitCode()).isEqualTo(ExitCodes.BAD_RULES);
        assertThat(run.out()).isEmpty();
        assertThat(run.err())
                .isEqualTo(
                        String.join(
                                "\n",
                                shown
                                        + ":6:5: error: sett: unknown key 'sett'; did you mean 'set'?",
                                shown
                                        + ":10:18: error: unknown rule 'BUD-9'; did you mean 'BUD-1'?",
                                shown
                                        + ":10:56: error: priority: unknown value 'HIGHH'; allowed: LOW, MEDIUM, HIGH, CRITICAL",
                                shown + ":13:25: AAA.threat.level: 9 is out of range 1..5",
                                shown
                                        + ":15:15: error: unknown rule 'RISK-9'; did you mean 'RISK-1'?",
                                ""));
    }

    @Test
    void badFactsInAScenarioExitAsBadFacts() throws IOException {
        Path bad =
                scenario(
                        "bad-facts.yaml",
                        """
                name: Bad facts
                facts: facts/sound-allies.yaml
                ally: AAA
                cases:
                  - name: changes
                    set:
                      AAA.budget.defencePctGdp: 1.9
                      AAA.usSupport.dependence: SOME
                      XAA.budget.defensePctGdp: 1
                      AAA.interoperability.score: "high"
                    expect absent:
                      risks: [RISK-1]
                  - name: inline
                    facts:
                      allies:
                        - {id: AAA, name: Ally AAA, region: Europe-Test, budgt: {defensePctGdp: 1}}
                    expect absent:
                      risks: [RISK-1]
                """);
        String shown = bad.toString();

        Cli run = Cli.run("test", shown);

        assertThat(run.exitCode()).isEqualTo(ExitCodes.BAD_FACTS);
        assertThat(run.out()).isEmpty();
        assertThat(run.err())
                .isEqualTo(
                        String.join(
                                "\n",
                                shown
                                        + ":7:7: AAA.budget.defencePctGdp: unknown field 'budget.defencePctGdp'; did you mean "
                                        + "'budget.defensePctGdp'?",
                                shown
                                        + ":8:33: AAA.usSupport.dependence: unknown value 'SOME'; allowed: LOW, MEDIUM, HIGH",
                                shown
                                        + ":9:7: XAA.budget.defensePctGdp: no ally 'XAA' in the facts; did you mean 'AAA'?",
                                shown
                                        + ":10:35: AAA.interoperability.score: expected a whole number, got \"high\"",
                                shown
                                        + ":16:58: allies[AAA].budgt: unknown field 'budgt'; did you mean 'budget'?",
                                ""));
    }

    @Test
    void everyBadFileOfARunIsReported() throws IOException {
        Path broken = scenario("broken.yaml", "name: [unclosed\ncases: x\n");
        Path missing = temp.resolve("missing.yaml");
        Path floor =
                scenario(
                        "floor.yaml",
                        FLOOR_SCENARIO.replace("facts/sound-allies.yaml", "facts/gone.yaml"));

        Cli run =
                Cli.run(
                        "test",
                        broken.toString(),
                        missing.toString(),
                        floor.toString(),
                        "--verbose");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.BAD_RULES);
        assertThat(run.out()).isEmpty();
        assertThat(run.err())
                .contains(broken + ":2:6: error: syntax: expected ',' or ']', but got :\n")
                .contains(
                        floor
                                + ":2:8: error: facts: no such file or folder 'facts/gone.yaml' (looked for "
                                + temp.resolve("facts/gone.yaml")
                                + ")\n")
                .contains(missing + ": error: no such scenario file or folder\n");
    }

    @Test
    void aFailureNeverShowsAStackTraceUnlessVerbose() throws IOException {
        Path broken = scenario("broken.yaml", "name: [unclosed\n");

        Cli quiet = Cli.run("test", broken.toString());
        Cli verbose = Cli.run("test", broken.toString(), "--verbose");

        assertThat(quiet.err()).doesNotContain("\tat ").hasLineCount(1);
        assertThat(verbose.err()).contains("ScenarioException").contains("\tat ");
    }

    @Test
    void aRuleFolderWithoutScenariosHasNothingToPass() throws IOException {
        RuleFolder rules = RuleFolder.copyOfShipped(temp);
        try (Stream<Path> files = Files.walk(rules.dir().resolve("scenarios"))) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(file);
            }
        }

        Cli run = Cli.run("test", "--rules", rules.dir().toString());

        assertThat(run.exitCode()).isEqualTo(ExitCodes.CHECK_FAILED);
        assertThat(run.out()).isEqualTo("0 passed, 0 failed\n");
        assertThat(run.err())
                .isEqualTo(
                        "ally-advisor: no scenario to run: write them in "
                                + rules.dir().resolve("scenarios")
                                + "/*.yaml\n");
    }

    @Test
    void sameScenariosGiveByteIdenticalOutput() {
        Cli first = Cli.run("test", "--rules", "rules", "--coverage");
        Cli second = Cli.run("test", "--rules", "rules", "--coverage");

        assertThat(second.out()).isEqualTo(first.out());
    }

    @Test
    void helpSaysWhichExitCodeAMalformedScenarioGets() {
        Cli run = Cli.run("test", "--help");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out().replace("\n", " "))
                .contains(
                        "A malformed scenario file exits 4, like a broken rule file; bad facts in a scenario exit 3.");
    }

    @Test
    void aRuleExpectedToFireThatMissingFactsKeptQuietIsSaid() throws IOException {
        Path gaps =
                scenario(
                        "gaps.yaml",
                        """
                name: Gaps
                cases:
                  - name: spending unknown
                    facts: {allies: [{id: AAA, name: Ally AAA, region: Europe-Test}]}
                    expect: {actions: [BUD-3]}
                """);

        Cli run = Cli.run("test", gaps.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCodes.CHECK_FAILED);
        assertThat(run.out())
                .isEqualTo(
                        "FAIL  Gaps: spending unknown\n"
                                + "      at "
                                + gaps
                                + ":3\n"
                                + "      expected action BUD-3 ("
                                + gaps
                                + ":5)\n"
                                + "      BUD-3 could not be evaluated: budget.equipmentPct is a data gap\n"
                                + "      AAA got no action, risk or coalition\n"
                                + "0 passed, 1 failed\n");
    }

    @Test
    void rulesThatRunAwayOnACaseExitFourNamingTheRuleAndTheCase() throws IOException {
        RuleFolder rules =
                RuleFolder.copyOfShipped(temp)
                        .withEngineLimit("ruleFirings", "1000", "0")
                        .withTestRule("runaway.drl");
        String budget = rules.shown("scenarios/budget.yaml");

        Cli run = Cli.run("test", "--rules", rules.dir().toString());

        assertThat(run.exitCode()).isEqualTo(ExitCodes.BAD_RULES);
        assertThat(run.out()).isEmpty();
        assertThat(run.err())
                .startsWith("error: rule set ran away: it fired more than 1000 rules")
                .contains(
                        "rule \"Count forever\" (" + rules.shown("runaway.drl") + ":16) fired most")
                .endsWith(
                        " (in case 'BUD-1 raises spending 0.1 points below the 2% floor to it', "
                                + budget
                                + ":8)\n")
                .hasLineCount(1);
    }

    @Test
    void aRuleFolderNamedAsScenariosStandsForTheScenariosBesideItsRules() {
        Cli run = Cli.run("test", "rules");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).endsWith("\n" + SHIPPED_CASES + " passed, 0 failed\n");
    }
}
