package org.allyadvisor.facts;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.allyadvisor.advice.Priority;
import org.allyadvisor.engine.Assessor;
import org.allyadvisor.engine.KnownFacts;
import org.allyadvisor.facts.read.FactReader;
import org.allyadvisor.results.Action;
import org.allyadvisor.results.AllyAssessment;
import org.allyadvisor.results.Assessment;
import org.allyadvisor.results.Coalition;
import org.allyadvisor.results.Risk;
import org.allyadvisor.rules.RuleInfo;
import org.allyadvisor.rules.RuleSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The synthetic example set, facts/examples/synthetic/: invented allies that fill every field so
 * that every catalogued rule fires somewhere, and one ally that no rule has anything to say about.
 */
class ExampleFactsTest {

    static final Path SYNTHETIC = Path.of("facts", "examples", "synthetic");

    /** What the header of synthetic-allies.yaml says each ally is built to show. */
    static final Map<String, List<String>> BUILT_TO_SHOW =
            Map.of(
                    "XNA", List.of(),
                    "XNB",
                            List.of(
                                    "BUD-2", "TECH-1", "TECH-4", "US-1", "RISK-1", "INT-5", "US-5",
                                    "BUD-6", "BUD-7"),
                    "XNC", List.of("BUD-3", "INT-3", "REG-1"),
                    "XND", List.of("US-4", "INT-4"),
                    "XSA",
                            List.of(
                                    "BUD-1", "BUD-4", "US-2", "TECH-1", "TECH-2", "TECH-3",
                                    "TECH-4", "DIP-1", "REG-1", "RISK-1", "RISK-3", "INT-5", "US-5",
                                    "INT-4", "REG-4", "BUD-7"),
                    "XSB",
                            List.of(
                                    "BUD-1", "BUD-5", "REG-3", "INT-1", "US-3", "INT-2", "DIP-2",
                                    "RISK-2", "REG-1", "RISK-1", "RISK-3", "INT-5", "US-5", "INT-4",
                                    "BUD-6", "BUD-7"));

    static RuleSet rules;
    static FactSet facts;
    static Assessment assessment;

    @BeforeAll
    static void assess() throws Exception {
        rules = RuleSet.load(Path.of("rules"));
        facts = FactReader.read(SYNTHETIC);
        assessment = new Assessor(rules).assess(facts);
    }

    @Test
    void isClearlyLabelledAndInvented() {
        assertThat(facts.meta().title()).contains("SYNTHETIC");
        // ISO 3166-1 keeps XAA..XZZ for user assignment: no real country has an X code
        assertThat(facts.allies())
                .extracting(Ally::id)
                .allSatisfy(id -> assertThat(id).matches("X[A-Z]{2}"));
        assertThat(facts.allies())
                .extracting(Ally::name)
                .allSatisfy(name -> assertThat(name).startsWith("Example "));
        assertThat(facts.allies()).hasSize(6);
    }

    @Test
    void fillsEveryField() {
        KnownFacts known = new KnownFacts(rules.thresholds());
        for (Ally ally : facts.allies()) {
            for (FactField field : FactSchema.allyFields()) {
                assertThat(known.isKnown(field.path(), ally, facts))
                        .as(ally.id() + " " + field.path())
                        .isTrue();
            }
            for (String path :
                    List.of(FactSchema.TIES, FactSchema.REGION_ACTIVITY, FactSchema.META_AS_OF)) {
                assertThat(FactSchema.isKnown(path, ally, facts))
                        .as(ally.id() + " " + path)
                        .isTrue();
            }
        }
        assertThat(assessment.allies())
                .allSatisfy(a -> assertThat(a.dataGaps()).as(a.id()).isEmpty());
    }

    @Test
    void everyCatalogueRuleFiresSomewhere() {
        Set<String> catalogue =
                new TreeSet<>(rules.catalogue().stream().map(RuleInfo::id).toList());
        assertThat(catalogue)
                .contains("BUD-1", "TECH-3", "REG-2", "DIP-2", "INT-3", "US-4", "RISK-3");

        assertThat(fired()).containsAll(catalogue);
    }

    @Test
    void eachAllyShowsWhatItWasBuiltFor() {
        for (Map.Entry<String, List<String>> built : BUILT_TO_SHOW.entrySet()) {
            AllyAssessment ally = assessment.ally(built.getKey()).orElseThrow();
            assertThat(firedFor(ally)).as(built.getKey()).containsAll(built.getValue());
        }
        // the sound ally: no action, no risk — some rules stay quiet
        AllyAssessment sound = assessment.ally("XNA").orElseThrow();
        assertThat(sound.actions()).isEmpty();
        assertThat(sound.risks()).isEmpty();
        // BUD-1 at its two levels: far below the floor under threat 5 is CRITICAL
        assertThat(action(assessment.ally("XSA").orElseThrow(), "BUD-1").priority())
                .isEqualTo(Priority.CRITICAL);
        assertThat(action(assessment.ally("XSB").orElseThrow(), "BUD-1").priority())
                .isNotEqualTo(Priority.CRITICAL);
    }

    /** XSB gives no dependence: DEP-1 derives it from its arms imports, and RISK-2 shows how. */
    @Test
    void dependenceIsDerivedWhereNoneIsGiven() {
        Ally xsb = facts.ally("XSB").orElseThrow();
        assertThat(xsb.usSupport().dependence()).isNull();

        Risk risk =
                assessment.ally("XSB").orElseThrow().risks().stream()
                        .filter(r -> r.ruleId().equals("RISK-2"))
                        .findFirst()
                        .orElseThrow();
        assertThat(risk.evidence().values())
                .containsEntry("derived.dependence", "HIGH")
                .containsEntry("usSupport.usShareOfArmsImportsPct", 85.0)
                .containsEntry("usSupport.armsImportsTiv", 400.0);
        assertThat(facts.allies())
                .filteredOn(a -> a.usSupport().dependence() == null)
                .extracting(Ally::id)
                .containsExactly("XSB");
    }

    @Test
    void regTwoNamesTheStrongAndTheWeakNeighbour() {
        assertThat(assessment.coalitions())
                .filteredOn(c -> c.ruleId().equals("REG-2"))
                .anySatisfy(
                        c -> {
                            assertThat(c.region()).isEqualTo("Example-North");
                            assertThat(c.members()).containsExactlyInAnyOrder("XNA", "XNC");
                        });
    }

    private static Set<String> fired() {
        Set<String> fired = new TreeSet<>();
        assessment.allies().forEach(a -> fired.addAll(firedFor(a)));
        assessment.coalitions().stream().map(Coalition::ruleId).forEach(fired::add);
        return fired;
    }

    private static Set<String> firedFor(AllyAssessment ally) {
        Set<String> fired = new TreeSet<>();
        ally.actions().forEach(a -> fired.addAll(a.ruleIds()));
        ally.risks().stream().map(Risk::ruleId).forEach(fired::add);
        return fired;
    }

    private static Action action(AllyAssessment ally, String ruleId) {
        return ally.actions().stream()
                .filter(a -> a.ruleIds().contains(ruleId))
                .findFirst()
                .orElseThrow();
    }
}
