package org.allyadvisor.whatif;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.allyadvisor.advice.Priority;
import org.allyadvisor.engine.AssessOptions;
import org.allyadvisor.facts.FactSet;
import org.allyadvisor.facts.SupportLevel;
import org.allyadvisor.facts.read.BadFactsException;
import org.allyadvisor.facts.read.FactProblem;
import org.allyadvisor.facts.read.FactReader;
import org.allyadvisor.rules.RuleFolder;
import org.allyadvisor.rules.RuleSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WhatIfTest {

    private static final Path FACTS = Path.of("src/test/resources/cli/two-allies.yaml");

    @TempDir Path temp;

    @Test
    void spendingRaisedPastTheFloorLosesTheFloorAction() throws Exception {
        FactSet facts = FactReader.read(FACTS);
        FactSet raised =
                Settings.apply(facts, List.of(Map.entry("XWK.budget.defensePctGdp", "2.5")));

        WhatIfResult result =
                new WhatIf(RuleSet.builtIn())
                        .run(
                                "raise",
                                facts,
                                AssessOptions.DEFAULTS,
                                List.of(new Variant("XWK at 2.5", List.of(), raised, null)));

        Comparison comparison = result.comparisons().get(0);
        assertThat(comparison.unchanged()).isEqualTo(1);
        assertThat(comparison.changed())
                .singleElement()
                .satisfies(
                        ally -> {
                            assertThat(ally.id()).isEqualTo("XWK");
                            assertThat(ally.actions())
                                    .filteredOn(c -> c.change() == ActionChange.Change.LOST)
                                    .extracting(ActionChange::label)
                                    .containsExactly("BUD-1");
                        });
        assertThat(result.rules()).isNull();
    }

    @Test
    void lessUsSupportRaisesPrioritiesWithoutChangingTheFacts() throws Exception {
        FactSet facts = FactReader.read(FACTS);

        WhatIfResult result =
                new WhatIf(RuleSet.builtIn())
                        .run(
                                "minimal",
                                facts,
                                AssessOptions.DEFAULTS,
                                List.of(
                                        new Variant(
                                                "minimal",
                                                List.of(),
                                                facts,
                                                SupportLevel.MINIMAL)));

        Comparison comparison = result.comparisons().get(0);
        assertThat(result.baseline().factSet().usSupportLevel()).isEqualTo(SupportLevel.REDUCED);
        assertThat(comparison.after().factSet().usSupportLevel()).isEqualTo(SupportLevel.MINIMAL);
        assertThat(comparison.changed())
                .flatExtracting(AllyDifference::actions)
                .anySatisfy(
                        c -> assertThat(c.after().priority()).isGreaterThan(c.before().priority()));
        assertThat(comparison.changed())
                .flatExtracting(AllyDifference::actions)
                .noneMatch(c -> c.change() != ActionChange.Change.CHANGED);
    }

    @Test
    void theSameFactsThroughTheSameRulesChangeNothing() throws Exception {
        FactSet facts = FactReader.read(FACTS);

        WhatIfResult result =
                new WhatIf(RuleSet.builtIn())
                        .run(
                                "nothing",
                                facts,
                                AssessOptions.DEFAULTS,
                                List.of(new Variant("as given", List.of(), facts, null)));

        assertThat(result.comparisons().get(0).changed()).isEmpty();
        assertThat(result.comparisons().get(0).unchanged()).isEqualTo(2);
    }

    @Test
    void aDraftWithALowerFloorLosesTheFloorActionAndNamesTheThreshold() throws Exception {
        RuleFolder draft =
                RuleFolder.copyOfShipped(temp)
                        .replaceIn("thresholds.yaml", "floorPctGdp: 2.0", "floorPctGdp: 1.8");
        FactSet facts = FactReader.read(FACTS);

        WhatIfResult result =
                new WhatIf(RuleSet.builtIn(), RuleSet.load(draft.dir()))
                        .run(
                                "draft",
                                facts,
                                AssessOptions.DEFAULTS,
                                List.of(new Variant("draft", List.of(), facts, null)));

        assertThat(result.rules().thresholds())
                .extracting(Object::toString)
                .containsExactly("budget.floorPctGdp: 2.0 → 1.8");
        assertThat(result.rules().rules()).isEmpty();
        assertThat(result.comparisons().get(0).changed())
                .filteredOn(a -> a.id().equals("XWK"))
                .singleElement()
                .satisfies(
                        ally ->
                                assertThat(ally.actions())
                                        .filteredOn(c -> c.change() == ActionChange.Change.LOST)
                                        .extracting(ActionChange::label)
                                        .contains("BUD-1"));
    }

    @Test
    void aRuleRemovedAndARuleRewrittenAreNamedByCatalogueId() throws Exception {
        RuleFolder draft =
                RuleFolder.copyOfShipped(temp)
                        .delete("diplomacy.dslr")
                        .delete("diplomacy.dsl")
                        .replaceIn(
                                "budget.drl",
                                "SpendingFarBelowFloor( $id : ally, $pct : defensePctGdp )",
                                "SpendingFarBelowFloor( $id : ally, $pct : defensePctGdp, defensePctGdp < 1.4 )");
        RuleSet shipped = RuleSet.load(Path.of("rules"));

        RuleSetDifference difference = RuleSetDifference.of(shipped, RuleSet.load(draft.dir()));

        assertThat(difference.rules())
                .extracting(Object::toString)
                .contains("DIP-1 removed", "DIP-2 removed")
                .anyMatch(
                        line -> line.startsWith("BUD-1 changed: ") && line.contains("conditions"));
        assertThat(difference.thresholds()).isEmpty();
    }

    @Test
    void filtersApplyToBothSides() throws Exception {
        FactSet facts = FactReader.read(FACTS);

        WhatIfResult result =
                new WhatIf(RuleSet.builtIn())
                        .run(
                                "minimal",
                                facts,
                                AssessOptions.DEFAULTS
                                        .withAllies(List.of("XWK"))
                                        .withMinPriority(Priority.HIGH),
                                List.of(
                                        new Variant(
                                                "minimal",
                                                List.of(),
                                                facts,
                                                SupportLevel.MINIMAL)));

        assertThat(result.baseline().allies()).extracting(a -> a.id()).containsExactly("XWK");
        assertThat(result.comparisons().get(0).changed())
                .flatExtracting(AllyDifference::actions)
                .allMatch(c -> c.action().priority().compareTo(Priority.HIGH) >= 0);
    }

    @Test
    void aScenarioFileGivesNamedVariantsWithChangesAndSupport() throws Exception {
        Path file =
                Files.writeString(
                        temp.resolve("s.yaml"),
                        """
                title: "Hypothesis: XWK at the floor"
                variants:
                  - name: floor
                    set:
                      XWK.budget.defensePctGdp: 2.0
                  - name: minimal
                    support: minimal
                """);

        ScenarioFile scenario = ScenarioFile.read(file, "s.yaml", FactReader.read(FACTS));

        assertThat(scenario.title()).isEqualTo("Hypothesis: XWK at the floor");
        assertThat(scenario.variants())
                .extracting(Variant::name)
                .containsExactly("floor", "minimal");
        assertThat(scenario.variants().get(0).changes())
                .containsExactly("XWK.budget.defensePctGdp: 2.0");
        assertThat(
                        scenario.variants()
                                .get(0)
                                .facts()
                                .ally("XWK")
                                .orElseThrow()
                                .budget()
                                .defensePctGdp())
                .isEqualTo(2.0);
        assertThat(scenario.variants().get(1).support()).isEqualTo(SupportLevel.MINIMAL);
    }

    @Test
    void everyProblemOfAScenarioFileIsLocatedWithTheNearestKey() throws Exception {
        Path file =
                Files.writeString(
                        temp.resolve("s.yaml"),
                        """
                titel: x
                variants:
                  - name: one
                    sets:
                      XWK.budget.defensePctGdp: 2.0
                  - name: two
                    set:
                      XWK.budget.defensePctGdp: lots
                    support: HALF
                """);

        BadFactsException bad =
                org.assertj.core.api.Assertions.catchThrowableOfType(
                        BadFactsException.class,
                        () -> ScenarioFile.read(file, "s.yaml", FactReader.read(FACTS)));

        assertThat(bad.problems())
                .extracting(FactProblem::toString)
                .containsExactly(
                        "s.yaml:1:1: titel: unknown key 'titel'; did you mean 'title'?",
                        "s.yaml:1:1: title: missing: give it as text",
                        "s.yaml:3:5: variants[1]: a variant needs set:, support: or both",
                        "s.yaml:4:5: variants[1].sets: unknown key 'sets'; did you mean 'set'?",
                        "s.yaml:8:33: XWK.budget.defensePctGdp: expected a number, got \"lots\"",
                        "s.yaml:9:14: variants[2].support: expected FULL, REDUCED or MINIMAL, got \"HALF\"");
    }
}
