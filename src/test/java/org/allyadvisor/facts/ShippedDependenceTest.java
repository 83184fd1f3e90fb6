package org.allyadvisor.facts;

import static org.allyadvisor.facts.ShippedFactsTest.SHARED;
import static org.allyadvisor.facts.ShippedFactsTest.byId;
import static org.allyadvisor.facts.ShippedFactsTest.csv;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.allyadvisor.engine.Assessor;
import org.allyadvisor.facts.read.FactReader;
import org.allyadvisor.results.Action;
import org.allyadvisor.results.AllyAssessment;
import org.allyadvisor.results.Assessment;
import org.allyadvisor.results.Risk;
import org.allyadvisor.rules.RuleSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * DEP-1 on the shipped facts. The files give no dependence, only its inputs (the US share of arms
 * imports and their volume); the shipped rules and thresholds derive it, and must give each ally
 * exactly the band of the dependence column of ../shared/data/us-arms-dependence.csv, and no band
 * where that column has none.
 */
class ShippedDependenceTest {

    static RuleSet rules;

    @BeforeAll
    static void loadRules() throws Exception {
        rules = RuleSet.load(Path.of("rules"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"facts", "facts/nato-2025e"})
    void derivedDependenceIsTheBandOfTheSharedData(String folder) throws Exception {
        FactSet facts = FactReader.read(Path.of(folder));
        // with no US dialogue, DIP-2 shows every MEDIUM or HIGH dependence and how it was derived
        FactSet withoutUsDialogue =
                new FactSet(
                        facts.meta(),
                        facts.regions(),
                        facts.allies().stream()
                                .map(
                                        a ->
                                                a.toBuilder()
                                                        .diplomacy(
                                                                new Diplomacy(
                                                                        a.diplomacy()
                                                                                .strategicDialogues(),
                                                                        false))
                                                        .build())
                                .toList());
        Assessment assessment = new Assessor(rules).assess(withoutUsDialogue);
        Map<String, Map<String, String>> shared =
                byId(csv(SHARED.resolve("us-arms-dependence.csv")));

        for (Ally ally : facts.allies()) {
            assertThat(ally.usSupport().dependence())
                    .as(ally.id() + ": derived, never given")
                    .isNull();
            assertThat(derivedDependence(assessment.ally(ally.id()).orElseThrow()))
                    .as(folder + " " + ally.id())
                    .isEqualTo(shared.get(ally.id()).get("dependence"));
        }
    }

    /** RISK-2 on the real facts: exactly the allies whose US share of arms imports is HIGH. */
    @Test
    void reliabilityRiskForExactlyTheAlliesWithHighDependence() throws Exception {
        Assessment assessment = new Assessor(rules).assess(FactReader.read(ShippedFactsTest.FACTS));
        Set<String> high = new TreeSet<>();
        csv(SHARED.resolve("us-arms-dependence.csv")).stream()
                .filter(r -> r.get("dependence").equals("HIGH"))
                .forEach(r -> high.add(r.get("id")));

        Set<String> atRisk = new TreeSet<>();
        for (AllyAssessment ally : assessment.allies()) {
            for (Risk risk : ally.risks()) {
                if (risk.ruleId().equals("RISK-2")) {
                    atRisk.add(ally.id());
                    assertThat(risk.evidence().values())
                            .containsEntry("derived.dependence", "HIGH");
                    assertThat(risk.rationale()).contains("counts imports only");
                }
            }
        }
        assertThat(atRisk).isEqualTo(high).isNotEmpty();
    }

    /**
     * HIGH or MEDIUM from DIP-2's evidence; LOW when known and DIP-2 is quiet; empty when a data
     * gap.
     */
    private static String derivedDependence(AllyAssessment ally) {
        boolean gap =
                ally.dataGaps().stream().anyMatch(g -> g.field().equals("usSupport.dependence"));
        String fromDip2 =
                ally.actions().stream()
                        .filter(a -> a.ruleIds().contains("DIP-2"))
                        .map(Action::evidence)
                        .map(e -> (String) e.values().get("derived.dependence"))
                        .findFirst()
                        .orElse(null);
        if (gap) {
            assertThat(fromDip2).isNull();
            return "";
        }
        return fromDip2 == null ? Dependence.LOW.name() : fromDip2;
    }
}
