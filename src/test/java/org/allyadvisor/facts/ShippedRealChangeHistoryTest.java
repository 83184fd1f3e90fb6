package org.allyadvisor.facts;

import static org.allyadvisor.facts.ShippedFactsTest.BY_YEAR;
import static org.allyadvisor.facts.ShippedFactsTest.FACTS;
import static org.allyadvisor.facts.ShippedFactsTest.FACTS_2025E;
import static org.allyadvisor.facts.ShippedFactsTest.PARTNERS_REAL_CHANGE;
import static org.allyadvisor.facts.ShippedFactsTest.SHARED;
import static org.allyadvisor.facts.ShippedFactsTest.byId;
import static org.allyadvisor.facts.ShippedFactsTest.csv;
import static org.allyadvisor.facts.ShippedFactsTest.header;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.allyadvisor.facts.read.FactReader;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The real change of earlier years in the shipped facts (budget.realChangeByYear.YYYY), cell by
 * cell against the raw tables of ../shared/data/raw: NATO's own tables for the NATO allies, rule
 * RC-1 on SIPRI's constant-price series for the partners, every figure rounded to 2 decimals as the
 * shared data rounds it.
 */
class ShippedRealChangeHistoryTest {

    /** The earlier years each set gives: the four before its as-of year. */
    static final int HISTORY_YEARS = 4;

    static Map<String, Map<Integer, Double>> nato2024;
    static Map<String, Map<Integer, Double>> nato2025;
    static Map<String, Map<Integer, Double>> sipri;

    @BeforeAll
    static void readRawTables() throws Exception {
        nato2024 = RawTables.nato2024RealChange();
        nato2025 = RawTables.nato2025RealChange();
        sipri = RawTables.sipriConstantUsd();
    }

    /** The raw tables read are the ones the shared CSVs were built from: their figures agree. */
    @Test
    void rawTablesGiveTheSharedDataOwnFigures() throws Exception {
        Map<String, Map<String, String>> budget2024 =
                byId(csv(SHARED.resolve("allies-budget.csv")));
        Map<String, Map<String, String>> budget2025 =
                byId(csv(SHARED.resolve("allies-budget-nato2025e.csv")));
        Map<String, Map<String, String>> rc1 = byId(csv(SHARED.resolve(PARTNERS_REAL_CHANGE)));

        assertThat(nato2024).hasSize(30).doesNotContainKey("ISL"); // Iceland has no armed forces
        nato2024.forEach(
                (id, years) ->
                        assertThat(RawTables.twoDecimals(years.get(2024)))
                                .as(id)
                                .isEqualTo(budget2024.get(id).get("realChangePct")));
        nato2025.forEach(
                (id, years) ->
                        assertThat(
                                        years.containsKey(2025)
                                                ? RawTables.twoDecimals(years.get(2025))
                                                : "")
                                .as(id)
                                .isEqualTo(budget2025.get(id).get("realChangePct")));
        assertThat(sipri).hasSize(16);
        rc1.forEach(
                (id, row) ->
                        assertThat(RawTables.rc1(sipri.get(id), Integer.parseInt(row.get("year"))))
                                .as(id)
                                .isEqualTo(row.get("realChangePct")));
    }

    @Test
    void factsHistoryIsNatoTable3AndRc1OnSipri() throws Exception {
        checkHistory(FACTS, nato2024);
    }

    /**
     * The NATO allies' history comes from the newer NATO release (its 2024 differs from the 2024
     * estimate of facts/). The partners' figures in this set are SIPRI's for 2024, their
     * realChangePct is 2024's change: their history stops before 2024, or the trend would count
     * 2024 twice.
     */
    @Test
    void nato2025eHistoryIsNatosNewerReleaseAndRc1OnSipri() throws Exception {
        checkHistory(FACTS_2025E, nato2025);
    }

    private static void checkHistory(Path folder, Map<String, Map<Integer, Double>> natoTable)
            throws Exception {
        int asOf = FactReader.read(folder).meta().asOf().getYear();
        List<Integer> years = IntStream.range(asOf - HISTORY_YEARS, asOf).boxed().toList();
        assertThat(header(folder.resolve("allies.csv")))
                .filteredOn(c -> c.startsWith(BY_YEAR))
                .containsExactlyElementsOf(years.stream().map(y -> BY_YEAR + y).toList());
        Map<String, Map<String, String>> partners = byId(csv(SHARED.resolve(PARTNERS_REAL_CHANGE)));

        int known = 0;
        for (Map<String, String> row : csv(folder.resolve("allies.csv"))) {
            String id = row.get("id");
            for (int year : years) {
                String expected;
                if (partners.containsKey(id)) {
                    int partnersYear = Integer.parseInt(partners.get(id).get("year"));
                    expected = year < partnersYear ? RawTables.rc1(sipri.get(id), year) : "";
                } else {
                    Double change = natoTable.getOrDefault(id, Map.of()).get(year);
                    expected = change == null ? "" : RawTables.twoDecimals(change);
                }
                assertThat(row.get(BY_YEAR + year))
                        .as(folder + " " + id + " " + year)
                        .isEqualTo(expected);
                known += expected.isEmpty() ? 0 : 1;
            }
        }
        assertThat(known).as("most cells are known").isGreaterThan(150);
    }
}
