package org.allyadvisor.facts.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import org.allyadvisor.facts.Ally;
import org.allyadvisor.facts.Budget;
import org.allyadvisor.facts.FactSet;
import org.allyadvisor.facts.Meta;
import org.allyadvisor.facts.SupportLevel;
import org.allyadvisor.facts.Tie;
import org.allyadvisor.facts.TieKind;
import org.junit.jupiter.api.Test;

/** Good YAML and JSON fact files, read into the exact records. */
class TreeFactsTest {

    static final Path FACTS = Paths.get("src/test/resources/facts/read");

    @Test
    void fullYamlFactSetReadsIntoTheExactRecords() throws BadFactsException {
        FactSet facts = FactReader.read(FACTS.resolve("full.yaml"));

        assertThat(facts).isEqualTo(FullFactSet.FACTS);
    }

    @Test
    void fullJsonFactSetReadsIntoTheSameRecordsAsYaml() throws BadFactsException {
        FactSet facts = FactReader.read(FACTS.resolve("full.json"));

        assertThat(facts).isEqualTo(FullFactSet.FACTS);
    }

    @Test
    void extensionIsMatchedWithoutRegardToCase() throws BadFactsException {
        String yaml = "allies:\n  - {id: POL, name: Poland, region: Europe-East}\n";

        assertThat(FactReader.read(yaml, "FACTS.YML").allies()).hasSize(1);
    }

    @Test
    void missingFieldsAreNullNeverZero() throws BadFactsException {
        String yaml =
                """
                allies:
                  - id: POL
                    name: Poland
                    region: Europe-East
                    budget:
                      gdpUsdBn: 915
                      equipmentPct: ~
                      realChangePct:
                """;

        Ally poland = FactReader.read(yaml, "facts/poland.yaml").allies().get(0);

        assertThat(poland)
                .isEqualTo(
                        Ally.builder("POL", "Poland", "Europe-East")
                                .budget(new Budget(915.0, null, null, null, null))
                                .build());
        assertThat(poland.memberships()).isNull();
        assertThat(poland.ties()).isNull();
        assertThat(poland.capabilities().cyberDefense()).isNull();
    }

    @Test
    void defenseShareOfGdpIsDerivedWhenOnlyGdpAndSpendingAreGiven() throws BadFactsException {
        String yaml =
                """
                allies:
                  - id: DEU
                    name: Germany
                    region: Europe-Central
                    budget: {gdpUsdBn: 4500, defenseUsdM: 72000}
                """;

        Ally germany = FactReader.read(yaml, "facts/germany.yaml").allies().get(0);

        assertThat(germany.budget()).isEqualTo(new Budget(4500.0, 72000.0, 1.6, null, null));
    }

    @Test
    void metaIsOptionalAndDefaultsToReducedSupport() throws BadFactsException {
        FactSet facts =
                FactReader.read(
                        "allies:\n  - {id: POL, name: Poland, region: Europe-East}\n", "p.yaml");

        assertThat(facts.meta()).isEqualTo(new Meta("", null, SupportLevel.REDUCED));
        assertThat(facts.regions()).isEmpty();
    }

    @Test
    void tieRecordsCarryTheDeclaringAllysId() throws BadFactsException {
        String yaml =
                """
                allies:
                  - {id: POL, name: Poland, region: E, ties: [{partner: LTU, kind: COALITION, strength: 5}]}
                  - {id: LTU, name: Lithuania, region: E}
                """;

        FactSet facts = FactReader.read(yaml, "t.yaml");

        assertThat(facts.ally("POL").orElseThrow().ties())
                .containsExactly(new Tie("POL", "LTU", TieKind.COALITION, 5));
        assertThat(facts.ally("LTU").orElseThrow().ties()).isNull();
    }

    @Test
    void enumValuesAreMatchedWithoutRegardToCase() throws BadFactsException {
        String yaml =
                "meta: {usSupportLevel: full}\nallies:\n  - {id: POL, name: P, region: E, threat: {domains: [land]}}\n";

        FactSet facts = FactReader.read(yaml, "p.yaml");

        assertThat(facts.meta().usSupportLevel()).isEqualTo(SupportLevel.FULL);
        assertThat(facts.allies().get(0).threat().domains())
                .containsExactly(org.allyadvisor.facts.ThreatDomain.LAND);
    }

    @Test
    void wholeNumberWrittenWithADecimalPointIsAcceptedForAnIntegerField() throws BadFactsException {
        String yaml = "allies:\n  - {id: POL, name: P, region: E, threat: {level: 3.0}}\n";

        assertThat(FactReader.read(yaml, "p.yaml").allies().get(0).threat().level()).isEqualTo(3);
    }

    @Test
    void byteOrderMarkIsIgnored() throws BadFactsException {
        FactSet facts =
                FactReader.read(
                        "\uFEFF{\"allies\": [{\"id\": \"POL\", \"name\": \"P\", \"region\": \"E\"}]}",
                        "p.json");

        assertThat(facts.allies()).extracting(Ally::id).isEqualTo(List.of("POL"));
    }

    @Test
    void realChangeByYearIsReadInYearOrderAndAMissingYearIsAGapForThatYearOnly()
            throws BadFactsException {
        String yaml =
                "allies:\n  - {id: POL, name: P, region: E, budget: {realChangeByYear: {2023: 46.61, 2021: 6.13, "
                        + "2022: ~}}}\n";

        Budget budget = FactReader.read(yaml, "p.yaml").allies().get(0).budget();

        assertThat(budget.realChangeByYear())
                .containsExactly(entry(2021, 6.13), entry(2023, 46.61));
        assertThat(budget.realChangePct()).as("the as-of year's change is its own field").isNull();
    }

    @Test
    void realChangeByYearWithNoYearKnownIsAGapNotAnEmptyTable() throws BadFactsException {
        String yaml =
                "allies:\n  - {id: POL, name: P, region: E, budget: {realChangeByYear: {2022: ~}}}\n";

        assertThat(FactReader.read(yaml, "p.yaml").allies().get(0).budget().realChangeByYear())
                .isNull();
    }
}
