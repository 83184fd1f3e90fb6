package org.allyadvisor.facts;

import static org.allyadvisor.facts.ShippedFactsTest.FACTS;
import static org.allyadvisor.facts.ShippedFactsTest.FACTS_2025E;
import static org.allyadvisor.facts.ShippedFactsTest.SHARED;
import static org.allyadvisor.facts.ShippedFactsTest.csv;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.allyadvisor.facts.read.FactReader;
import org.junit.jupiter.api.Test;

/**
 * The analysts' judgements shipped in facts/ are the team's judgement tables of ../shared/data,
 * value for value with their basis and source, and every value they give is labelled a judgement
 * (never merged into the sourced figures), except where a written derivation already gives it.
 */
class ShippedJudgementsTest {

    @Test
    void threatJudgementsAreTheSharedTableAndLabelledAsSuch() throws Exception {
        FactSet facts = FactReader.read(FACTS);
        FactSet plain = facts.withoutJudgements();
        List<Map<String, String>> shared = csv(SHARED.resolve("judgements-threat.csv"));

        assertThat(shared).hasSize(facts.allies().size());
        for (Map<String, String> row : shared) {
            String id = row.get("id");
            Ally ally = facts.ally(id).orElseThrow();
            assertThat(ally.threat().level())
                    .as(id)
                    .isEqualTo(Integer.valueOf(row.get("threatLevel")));
            List<String> domains =
                    row.get("threatDomains").isEmpty()
                            ? null
                            : Arrays.asList(row.get("threatDomains").split(";"));
            assertThat(
                            ally.threat().domains() == null
                                    ? null
                                    : ally.threat().domains().stream().map(Enum::name).toList())
                    .as(id + " domains: empty means no basis was found, a gap")
                    .isEqualTo(domains);

            Provenance level = facts.provenance().ofAlly(id, "threat.level");
            if (plain.ally(id).orElseThrow().threat().level() != null) {
                // D2 gives the six border allies their level; the judgement agrees and the
                // derivation stays the origin
                assertThat(level.kind()).as(id).isEqualTo(Provenance.Kind.DERIVED);
            } else {
                assertThat(level.kind()).as(id).isEqualTo(Provenance.Kind.JUDGEMENT);
                assertThat(level.basis()).as(id).isEqualTo(row.get("basis"));
                assertThat(level.source()).as(id).isEqualTo(row.get("source"));
            }
            if (domains != null) {
                assertThat(facts.provenance().ofAlly(id, "threat.domains").basis())
                        .as(id)
                        .isEqualTo(row.get("basis"));
            }
        }
    }

    @Test
    void regionJudgementsAreTheSharedTableAndLabelledAsSuch() throws Exception {
        FactSet facts = FactReader.read(FACTS);

        for (Map<String, String> row : csv(SHARED.resolve("judgements-regions.csv"))) {
            String region = row.get("region");
            assertThat(facts.region(region))
                    .as(region)
                    .contains(
                            new Region(region, Integer.valueOf(row.get("emergingPowerActivity"))));
            Provenance origin = facts.provenance().ofRegion(region, Region.ACTIVITY);
            assertThat(origin.isJudgement()).as(region).isTrue();
            assertThat(origin.basis()).as(region).isEqualTo(row.get("basis"));
        }
    }

    @Test
    void everySharedJudgementRowWasReadHere() throws Exception {
        // the shared tables say whether the cited text was read in a stored copy; we ship only rows
        // that were
        assertThat(csv(SHARED.resolve("judgements-threat.csv")))
                .allSatisfy(r -> assertThat(r.get("readHere")).isEqualTo("yes"));
        assertThat(csv(SHARED.resolve("judgements-regions.csv")))
                .allSatisfy(r -> assertThat(r.get("readHere")).isEqualTo("yes"));
    }

    @Test
    void theNewerSetShipsNoJudgementsBecauseTheyJudgeTheEventsOf2022To2024() throws Exception {
        assertThat(FactReader.read(FACTS_2025E).provenance().hasJudgements()).isFalse();
        try (var files = Files.list(FACTS_2025E)) {
            assertThat(files.map(f -> f.getFileName().toString()))
                    .noneMatch(n -> n.startsWith("judgements"));
        }
    }

    @Test
    void everyShippedValueHasADeclaredOrigin() throws Exception {
        for (var set : List.of(FACTS, FACTS_2025E)) {
            FactSet facts = FactReader.read(set);
            for (Ally ally : facts.allies()) {
                FactSchema.values(ally)
                        .forEach(
                                (path, value) -> {
                                    if (value != null) {
                                        assertThat(
                                                        facts.provenance()
                                                                .ofAlly(ally.id(), path)
                                                                .kind())
                                                .as(set + " " + ally.id() + " " + path)
                                                .isNotEqualTo(Provenance.Kind.GIVEN);
                                    }
                                });
                if (ally.ties() != null && !ally.ties().isEmpty()) {
                    assertThat(facts.provenance().ofAlly(ally.id(), FactSchema.TIES).kind())
                            .isEqualTo(Provenance.Kind.DERIVED);
                }
            }
        }
    }
}
