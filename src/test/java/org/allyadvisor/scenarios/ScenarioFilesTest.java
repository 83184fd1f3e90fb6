package org.allyadvisor.scenarios;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.allyadvisor.advice.Priority;
import org.allyadvisor.facts.Provenance;
import org.allyadvisor.facts.SupportLevel;
import org.allyadvisor.rules.Fixtures;
import org.allyadvisor.rules.RuleSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Reading scenario files through the library: what a case holds, and every way one can be wrong.
 */
class ScenarioFilesTest {

    private static final String HEAD =
            """
            name: Test
            facts: facts/sound-allies.yaml
            cases:
            """;

    @TempDir Path temp;

    private final RuleSet rules = Fixtures.shippedRules();

    private Path write(String text) throws IOException {
        Path facts = Files.createDirectories(temp.resolve("facts"));
        if (!Files.exists(facts.resolve("sound-allies.yaml"))) {
            Files.copy(
                    Path.of("rules/scenarios/facts/sound-allies.yaml"),
                    facts.resolve("sound-allies.yaml"));
        }
        return Files.writeString(temp.resolve("s.yaml"), text);
    }

    private List<ScenarioFile> read(String text) throws Exception {
        return Scenarios.read(List.of(write(text)), rules);
    }

    /** Every problem reported, as the command line prints them, without the folder. */
    private List<String> problems(String text) throws IOException {
        Path file = write(text);
        ScenarioException failure =
                catchThrowableOfType(
                        ScenarioException.class, () -> Scenarios.read(List.of(file), rules));
        assertThat(failure).as("the scenario should be refused").isNotNull();
        return failure.problems().stream().map(p -> p.toString().replace(temp + "/", "")).toList();
    }

    @Test
    void caseGetsTheFileFactsWithItsChangesAndItsExpectations() throws Exception {
        List<ScenarioFile> files =
                read(
                        HEAD
                                + """
                  - name: below the floor
                    ally: BBB
                    support: minimal
                    set:
                      BBB.budget.defensePctGdp: 1.9
                      BBB.threat.domains: ~
                    expect:
                      actions: [{key: raise-to-floor, priority: high}]
                    expect absent:
                      risks: [STRETCHED_CAPACITY]
                """);

        ScenarioCase only = files.get(0).cases().get(0);
        assertThat(only.title()).isEqualTo("Test: below the floor");
        assertThat(only.where()).isEqualTo(temp.resolve("s.yaml") + ":4");
        assertThat(only.ally()).isEqualTo("BBB");
        assertThat(only.support()).isEqualTo(SupportLevel.MINIMAL);
        assertThat(only.facts().ally("BBB").orElseThrow().budget().defensePctGdp()).isEqualTo(1.9);
        assertThat(only.facts().ally("BBB").orElseThrow().threat().domains())
                .as("~ makes the field a gap")
                .isNull();
        assertThat(only.facts().ally("AAA").orElseThrow().budget().defensePctGdp()).isEqualTo(3.6);
        assertThat(only.expectations())
                .containsExactly(
                        new Expectation.OfAction(true, null, "raise-to-floor", Priority.HIGH, 11),
                        new Expectation.OfRisk(
                                false,
                                null,
                                org.allyadvisor.advice.RiskKind.STRETCHED_CAPACITY,
                                null,
                                13));
    }

    @Test
    void aChangedValueLosesTheOriginTheFactsDeclaredForTheOldOne() throws Exception {
        Files.createDirectories(temp.resolve("declared"));
        Files.writeString(
                temp.resolve("declared/facts.yaml"),
                """
                allies:
                  - {id: AAA, name: A, region: R, budget: {defensePctGdp: 3.0, equipmentPct: 30}}
                provenance:
                  - {fields: [budget.defensePctGdp, budget.equipmentPct], sourced: "NATO 2024"}
                """);
        List<ScenarioFile> files =
                read(
                        """
                name: Origins
                facts: declared/facts.yaml
                cases:
                  - name: changed
                    set: {AAA.budget.defensePctGdp: 1.9}
                    expect: {actions: [BUD-1]}
                """);

        var provenance = files.get(0).cases().get(0).facts().provenance();
        assertThat(provenance.ofAlly("AAA", "budget.defensePctGdp")).isEqualTo(Provenance.GIVEN);
        assertThat(provenance.ofAlly("AAA", "budget.equipmentPct").isJudgement()).isFalse();
        assertThat(provenance.ofAlly("AAA", "budget.equipmentPct")).isNotEqualTo(Provenance.GIVEN);
    }

    @Test
    void aFailedExpectationKeepsWhatTheAllyGot() throws Exception {
        List<ScenarioFile> files =
                read(
                        HEAD
                                + """
                  - name: wrong priority
                    ally: AAA
                    set: {AAA.budget.defensePctGdp: 1.9}
                    expect:
                      actions: [{rule: BUD-1, priority: CRITICAL}, BUD-1]
                """);

        CaseResult result = new ScenarioRunner(rules).run(files).cases().get(0);

        assertThat(result.passed()).isFalse();
        assertThat(result.unmet())
                .containsExactly(
                        new Expectation.OfAction(true, "BUD-1", null, Priority.CRITICAL, 8));
        assertThat(result.ally().actions())
                .singleElement()
                .satisfies(
                        action -> {
                            assertThat(action.ruleIds()).containsExactly("BUD-1");
                            assertThat(action.priority()).isEqualTo(Priority.MEDIUM);
                        });
        assertThat(result.fired()).containsExactly("BUD-1");
    }

    @Test
    void allyMustBeSaidWhenTheFactsHoldSeveral() throws IOException {
        assertThat(
                        problems(
                                HEAD
                                        + """
                  - name: whose?
                    expect: {actions: [BUD-1]}
                """))
                .containsExactly(
                        "s.yaml:4:5: error: ally: say which ally the expectations speak of; the facts have "
                                + "AAA, BBB, CCC");
    }

    @Test
    void aCaseOfOneAllyNeedsNoAllyKey() throws Exception {
        List<ScenarioFile> files =
                read(
                        """
                name: One
                cases:
                  - name: alone
                    facts: {allies: [{id: AAA, name: A, region: R, budget: {defensePctGdp: 1.9}}]}
                    expect: {actions: [BUD-1]}
                """);

        assertThat(files.get(0).cases().get(0).ally()).isEqualTo("AAA");
        assertThat(new ScenarioRunner(rules).run(files).passed()).isEqualTo(1);
    }

    @Test
    void unknownAllySupportCapabilityAndPartnerAreNamedWithTheNearestKnown() throws IOException {
        assertThat(
                        problems(
                                HEAD
                                        + """
                  - name: misspelt
                    ally: AAB
                    support: REDUSED
                    expect:
                      coalitions: [{rule: REG-2, with: BBC, capability: missileDefence}]
                      risks: [{kind: STRETCHED, severity: HIGH}]
                """))
                .containsExactly(
                        "s.yaml:5:11: error: ally: no ally 'AAB'; did you mean 'AAA'?",
                        "s.yaml:6:14: error: support: unknown US support level 'REDUSED'; allowed: FULL, REDUCED, MINIMAL",
                        "s.yaml:8:40: error: with: no ally 'BBC'; did you mean 'BBB'?",
                        "s.yaml:9:22: error: kind: unknown value 'STRETCHED'; allowed: STRETCHED_CAPACITY, "
                                + "RELIABILITY_REASSESSMENT, EMERGING_POWER_GAP, BILATERAL_ONLY");
    }

    @Test
    void aScenarioNeedsANameCasesAndExpectations() throws IOException {
        assertThat(
                        problems(
                                """
                description: nothing else
                cases:
                  - name: empty
                    facts: facts/sound-allies.yaml
                    ally: AAA
                  - just text
                """))
                .containsExactly(
                        "s.yaml:1:1: error: name: required field is missing",
                        "s.yaml:3:5: error: expect: a case needs at least one expectation (expect: or expect absent:)",
                        "s.yaml:6:5: error: expected a case (name, facts, set, expect), got \"just text\"");
    }

    @Test
    void aCaseWithoutFactsIsToldWhereToGiveThem() throws IOException {
        assertThat(
                        problems(
                                """
                name: No facts
                cases:
                  - name: nothing given
                    expect: {actions: [BUD-1]}
                """))
                .containsExactly(
                        "s.yaml:3:5: error: facts: give the case facts: a fact file or folder "
                                + "(facts: facts/sound-allies.yaml), or facts written inline, here or at the top of the file");
    }

    @Test
    void anEmptyFileIsOneLine() throws IOException {
        assertThat(problems("")).containsExactly("s.yaml: error: empty scenario file");
    }

    @Test
    void badFactsOnlyAreBadFacts() throws IOException {
        Path file =
                write(
                        HEAD
                                + """
                  - name: out of range
                    ally: AAA
                    set: {AAA.capabilities.unmanned: 0}
                    expect: {actions: [TECH-3]}
                """);

        ScenarioException failure =
                catchThrowableOfType(
                        ScenarioException.class, () -> Scenarios.read(List.of(file), rules));

        assertThat(failure.onlyBadFacts()).isTrue();
        assertThat(failure.problems())
                .singleElement()
                .hasToString(file + ":6:38: AAA.capabilities.unmanned: 0 is out of range 1..5");
    }

    @Test
    void aFactFileNamedByManyCasesIsReadAndReportedOnce() throws IOException {
        Files.createDirectories(temp.resolve("facts"));
        Files.writeString(
                temp.resolve("facts/bad.yaml"),
                "allies:\n  - {id: AAA, name: A, region: R, threat: {level: 7}}\n");

        assertThat(
                        problems(
                                """
                name: Shared
                facts: facts/bad.yaml
                cases:
                  - {name: one, expect: {actions: [BUD-1]}}
                  - {name: two, facts: facts/bad.yaml, expect: {actions: [BUD-1]}}
                """))
                .containsExactly(
                        "facts/bad.yaml:2:51: allies[AAA].threat.level: 7 is out of range 1..5");
    }

    @Test
    void twoCasesOfAFileCannotShareAName() throws IOException {
        assertThat(
                        problems(
                                HEAD
                                        + """
                  - {name: same, ally: AAA, expect: {actions: [BUD-1]}}
                  - {name: same, ally: AAA, expect: {actions: [BUD-2]}}
                """))
                .containsExactly(
                        "s.yaml:5:12: error: name: another case is named 'same' (line 4); a report could not tell them apart");
    }

    @Test
    void aWrongDefaultOfTheFileIsSaidOnceForAllItsCases() throws IOException {
        assertThat(
                        problems(
                                HEAD.replace("cases:", "ally: ZZZ\ncases:")
                                        + """
                  - {name: one, expect: {actions: [BUD-1]}}
                  - {name: two, expect: {actions: [BUD-2]}}
                """))
                .containsExactly("s.yaml:3:7: error: ally: no ally 'ZZZ'; known: AAA, BBB, CCC");
    }
}
