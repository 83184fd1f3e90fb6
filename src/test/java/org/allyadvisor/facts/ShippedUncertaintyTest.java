package org.allyadvisor.facts;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.allyadvisor.facts.read.FactReader;
import org.allyadvisor.shared.SharedFiles;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The ranges facts/uncertainty.yaml declares, against rule UNC-1 of facts/SOURCES.md: for each NATO
 * budget column, the median over the allies of how far NATO's June 2024 estimate of 2024 moved in
 * its August 2025 release, rounded up to two decimals; no range for the partners, whose SIPRI
 * figures come from one release.
 */
class ShippedUncertaintyTest {

    private static final Path FACTS = Path.of("facts");

    @ParameterizedTest
    @CsvSource({
        "budget.defensePctGdp, defensePctGdp, nato2025_shareofgdp.csv",
        "budget.equipmentPct, equipmentPct, nato2025_equipment.csv",
        "budget.realChangePct, realChangePct, nato2025_realchange.csv"
    })
    void eachNatoRangeIsTheMedianRevisionOfNatosEstimates(
            String field, String column, String release) throws Exception {
        FactSet facts = FactReader.read(FACTS);
        Set<String> nato = new TreeSet<>(RawTables.NATO_SPELLING.values());

        FactRange declared = facts.ranges().of("DEU", field).orElseThrow();

        assertThat(declared.percent()).isFalse();
        assertThat(declared.judgement())
                .as("reading a revision as an error is a judgement")
                .isTrue();
        assertThat(BigDecimal.valueOf(declared.width()))
                .isEqualByComparingTo(medianRevision(column, release));
        for (Ally ally : facts.allies()) {
            assertThat(facts.ranges().of(ally.id(), field))
                    .as(ally.id() + " " + field)
                    .isEqualTo(
                            nato.contains(ally.id())
                                    ? java.util.Optional.of(declared)
                                    : java.util.Optional.empty());
        }
    }

    @ParameterizedTest
    @CsvSource({
        "budget.gdpUsdBn",
        "budget.defenseUsdM",
        "budget.realChangeByYear",
        "usSupport.usTroops",
        "usSupport.usShareOfArmsImportsPct",
        "capabilities.cyberDefense",
        "threat.level"
    })
    void aColumnWithoutAMeasuredRevisionHasNoRange(String field) throws Exception {
        FactSet facts = FactReader.read(FACTS);

        assertThat(facts.allies())
                .allSatisfy(ally -> assertThat(facts.ranges().of(ally.id(), field)).isEmpty());
    }

    /**
     * UNC-1: the median absolute revision of 2024 over the NATO allies both releases give, rounded
     * up to 2 decimals.
     */
    private static BigDecimal medianRevision(String column, String release) throws IOException {
        Map<String, Map<String, String>> june2024 = new java.util.HashMap<>();
        for (Map<String, String> row :
                ShippedFactsTest.csv(SharedFiles.path("data/allies-budget.csv"))) {
            june2024.put(row.get("id"), row);
        }
        List<Double> revisions = new ArrayList<>();
        for (Map<String, String> row : ShippedFactsTest.csv(RawTables.RAW.resolve(release))) {
            String id = RawTables.NATO_SPELLING.get(row.get("country").replace("*", "").strip());
            Map<String, String> estimate = june2024.get(id);
            if (id == null
                    || estimate == null
                    || estimate.get(column).isEmpty()
                    || row.get("2024e").isEmpty()) {
                continue;
            }
            revisions.add(
                    Math.abs(
                            Double.parseDouble(estimate.get(column))
                                    - Double.parseDouble(row.get("2024e"))));
        }
        assertThat(revisions).hasSize(30);
        Collections.sort(revisions);
        double median = (revisions.get(14) + revisions.get(15)) / 2;
        return BigDecimal.valueOf(median).setScale(2, RoundingMode.CEILING);
    }
}
