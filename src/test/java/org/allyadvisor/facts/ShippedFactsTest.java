package org.allyadvisor.facts;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import org.allyadvisor.engine.Assessor;
import org.allyadvisor.facts.read.FactReader;
import org.allyadvisor.results.AllyAssessment;
import org.allyadvisor.results.Assessment;
import org.allyadvisor.results.DataGap;
import org.allyadvisor.rules.RuleInfo;
import org.allyadvisor.rules.RuleSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The shipped fact sets, facts/ (2024) and facts/nato-2025e/, against the shared data they were
 * built from (../shared/data): every figure copied, every derived value recomputed from the rule
 * facts/SOURCES.md writes down, and nothing the sources do not give filled in.
 */
class ShippedFactsTest {

    static final Path FACTS = Path.of("facts");
    static final Path FACTS_2025E = FACTS.resolve("nato-2025e");
    static final Path SHARED = Path.of("..", "shared", "data");

    static final List<String> BUDGET_COLUMNS = List.of("gdpUsdBn", "defenseUsdM", "defensePctGdp", "equipmentPct",
            "realChangePct");

    // ---- The documented derivations of facts/SOURCES.md, stated once as code ----------------

    /** D1: the frameworks of memberships.csv that are intelligence-sharing frameworks, in this order. */
    static final List<String> INTEL_SHARING_FRAMEWORKS = List.of("NATO", "FiveEyes");

    /** D2: allies of the set with a land border with Russia (incl. Kaliningrad) or Belarus. */
    static final Set<String> LAND_BORDER_WITH_RUSSIA_OR_BELARUS = Set.of("NOR", "FIN", "EST", "LVA", "LTU", "POL");
    static final int LAND_BORDER_THREAT_LEVEL = 5;

    /** D3: a tie's strength from the number of frameworks the two allies share. */
    static int tieStrength(int sharedFrameworks) {
        return Math.min(5, 1 + sharedFrameworks);
    }

    /** Fields no source of ../shared/data gives: always left missing, for every ally. */
    static final List<String> NEVER_SOURCED = List.of("usSupport.dependence", "interoperability.score",
            "interoperability.jointExercisesPerYear", "capabilities.cyberDefense", "capabilities.missileDefense",
            "capabilities.unmanned", "threat.domains", "diplomacy.strategicDialogues", "diplomacy.usDialogue");

    static RuleSet rules;

    @BeforeAll
    static void loadRules() throws Exception {
        rules = RuleSet.load(Path.of("rules"));
    }

    // ---- facts/ : who is in it --------------------------------------------------------------

    @Test
    void coversTheNatoAlliesAndEveryUsPartnerOfTheSharedData() throws Exception {
        FactSet facts = FactReader.read(FACTS);

        List<String> nato = sharedBudget().values().stream().filter(r -> r.get("source_ids").equals("NATO2024"))
                .map(r -> r.get("id")).filter(id -> !id.equals("USA")).toList();
        Set<String> partners = new LinkedHashSet<>();
        for (Map<String, String> row : csv(SHARED.resolve("us-presence.csv"))) {
            if (!nato.contains(row.get("id")) && !row.get("id").equals("USA")) {
                partners.add(row.get("id"));
            }
        }
        assertThat(nato).hasSize(31);
        // 8 Indo-Pacific + 8 Middle East partners: us-presence.csv gives figures (US troops) for all 16,
        // Qatar and the UAE included though SIPRI has no 2024 budget for them. The "46" miscounts.
        assertThat(partners).hasSize(16);
        assertThat(facts.allies()).hasSize(47);
        assertThat(facts.allies()).extracting(Ally::id)
                .containsExactlyElementsOf(concat(nato, List.copyOf(partners)))
                .doesNotContain("USA");
    }

    @Test
    void regionsAreTheSharedGroupingAndNoActivityIsClaimed() throws Exception {
        FactSet facts = FactReader.read(FACTS);
        Map<String, String> grouping = sharedRegionGrouping();

        assertThat(facts.regions()).extracting(Region::id)
                .containsExactlyElementsOf(new LinkedHashSet<>(grouping.values()));
        assertThat(facts.regions()).allSatisfy(r -> assertThat(r.emergingPowerActivity()).isNull());
        for (Ally ally : facts.allies()) {
            assertThat(ally.region()).as(ally.id()).isEqualTo(grouping.get(ally.id()));
        }
        // the US is not in the set, so North America holds Canada alone
        assertThat(facts.allies()).filteredOn(a -> a.region().equals("North-America")).extracting(Ally::id)
                .containsExactly("CAN");
    }

    @Test
    void metaIsThe2024FiguresUnderReducedSupport() throws Exception {
        Meta meta = FactReader.read(FACTS).meta();

        assertThat(meta.asOf()).isEqualTo(LocalDate.of(2024, 12, 31));
        assertThat(meta.usSupportLevel()).isEqualTo(SupportLevel.REDUCED);
        assertThat(meta.title()).contains("2024");
    }

    // ---- facts/ : copied figures ------------------------------------------------------------

    /** Every cell of facts/allies.csv that a source gives equals the shared cell, same rounding. */
    @Test
    void everyFigureIsCopiedExactlyFromTheSharedData() throws Exception {
        Map<String, Map<String, String>> budget = sharedBudget();
        Map<String, Map<String, String>> presence = byId(csv(SHARED.resolve("us-presence.csv")));

        List<Map<String, String>> rows = csv(FACTS.resolve("allies.csv"));
        assertThat(rows).hasSize(47);
        for (Map<String, String> row : rows) {
            String id = row.get("id");
            Map<String, String> shared = budget.get(id);
            if (shared != null) {
                assertThat(row.get("name")).as(id + " name").isEqualTo(shared.get("name"));
                assertThat(shared.get("year")).isEqualTo("2024");
            }
            for (String column : BUDGET_COLUMNS) {
                String expected = shared == null ? "" : shared.get(column);
                assertThat(row.get("budget." + column)).as(id + " budget." + column).isEqualTo(expected);
            }
            assertThat(row.get("usSupport.usTroops")).as(id + " usTroops").isEqualTo(presence.get(id).get("usTroops"))
                    .isNotEmpty();
            assertThat(row.get("usSupport.assistanceUsdM")).as(id + " assistanceUsdM")
                    .isEqualTo(presence.get(id).get("assistanceUsdM"));
        }
    }

    @Test
    void aFewExactFigures() throws Exception {
        FactSet facts = FactReader.read(FACTS);

        Ally poland = facts.ally("POL").orElseThrow();
        assertThat(poland.budget().defensePctGdp()).isEqualTo(4.12);
        assertThat(poland.budget().gdpUsdBn()).isEqualTo(848.9);
        assertThat(poland.budget().defenseUsdM()).isEqualTo(34974.5);
        assertThat(poland.budget().equipmentPct()).isEqualTo(51.13);
        assertThat(poland.budget().realChangePct()).isEqualTo(30.07);
        assertThat(poland.usSupport().usTroops()).isEqualTo(369);
        assertThat(facts.ally("BEL").orElseThrow().budget().defensePctGdp()).isEqualTo(1.30);
        assertThat(facts.ally("SVN").orElseThrow().budget().realChangePct()).isEqualTo(-1.41);
        assertThat(facts.ally("DEU").orElseThrow().usSupport().usTroops()).isEqualTo(36436);
        assertThat(facts.ally("JPN").orElseThrow().budget().defensePctGdp()).isEqualTo(1.37);
        Ally israel = facts.ally("ISR").orElseThrow();
        assertThat(israel.budget().defensePctGdp()).isEqualTo(8.78);
        assertThat(israel.budget().defenseUsdM()).isEqualTo(46505.3);
        assertThat(israel.usSupport().assistanceUsdM()).isEqualTo(6800.0);
        assertThat(facts.ally("EGY").orElseThrow().usSupport().assistanceUsdM()).isEqualTo(1300.0);
        // gaps stay gaps: no zero for Iceland's missing spending, no budget for Qatar
        Ally iceland = facts.ally("ISL").orElseThrow();
        assertThat(iceland.budget().gdpUsdBn()).isEqualTo(32.9);
        assertThat(iceland.budget().defenseUsdM()).isNull();
        assertThat(iceland.budget().defensePctGdp()).isNull();
        assertThat(facts.ally("QAT").orElseThrow().budget()).isEqualTo(Budget.UNKNOWN);
        assertThat(facts.ally("POL").orElseThrow().usSupport().assistanceUsdM()).isNull();
    }

    /** The published share is always copied, so the reader never derives one of its own. */
    @Test
    void everyKnownShareOfGdpIsThePublishedOne() throws Exception {
        Map<String, Map<String, String>> budget = sharedBudget();
        for (Ally ally : FactReader.read(FACTS).allies()) {
            Map<String, String> shared = budget.get(ally.id());
            String published = shared == null ? "" : shared.get("defensePctGdp");
            if (published.isEmpty()) {
                assertThat(ally.budget().defensePctGdp()).as(ally.id()).isNull();
            } else {
                assertThat(ally.budget().defensePctGdp()).as(ally.id()).isEqualTo(Double.parseDouble(published));
            }
        }
    }

    @Test
    void membershipsAreCopiedAndAnEmptySourceCellIsAGapNotNone() throws Exception {
        Map<String, Map<String, String>> shared = byId(csv(SHARED.resolve("memberships.csv")));
        for (Ally ally : FactReader.read(FACTS).allies()) {
            List<String> listed = sharedMemberships(shared, ally.id());
            if (listed.isEmpty()) {
                assertThat(ally.memberships()).as(ally.id() + " memberships: a gap, not 'none'").isNull();
            } else {
                assertThat(ally.memberships()).as(ally.id()).containsExactlyElementsOf(listed);
            }
        }
    }

    @Test
    void fieldsNoSourceGivesAreLeftMissingForEveryAlly() throws Exception {
        for (Path set : List.of(FACTS, FACTS_2025E)) {
            FactSet facts = FactReader.read(set);
            for (Ally ally : facts.allies()) {
                for (String path : NEVER_SOURCED) {
                    assertThat(FactSchema.isKnown(path, ally, facts)).as(set + " " + ally.id() + " " + path).isFalse();
                }
            }
        }
    }

    // ---- facts/ : derived values recompute from the documented rules ------------------------

    /** D1: intelSharing = memberships ∩ {NATO, FiveEyes}; missing (never "none") when that is empty. */
    @Test
    void intelSharingFollowsDerivationD1() throws Exception {
        Map<String, Map<String, String>> shared = byId(csv(SHARED.resolve("memberships.csv")));
        int known = 0;
        for (Ally ally : FactReader.read(FACTS).allies()) {
            List<String> listed = sharedMemberships(shared, ally.id());
            List<String> expected = INTEL_SHARING_FRAMEWORKS.stream().filter(listed::contains).toList();
            if (expected.isEmpty()) {
                assertThat(ally.interoperability().intelSharing()).as(ally.id()).isNull();
            } else {
                assertThat(ally.interoperability().intelSharing()).as(ally.id()).containsExactlyElementsOf(expected);
                known++;
            }
        }
        assertThat(known).isEqualTo(33); // the 31 NATO allies, Australia and New Zealand
    }

    /** D2: threat level 5 for a land border with Russia or Belarus; missing for everyone else. */
    @Test
    void threatLevelFollowsDerivationD2() throws Exception {
        for (Ally ally : FactReader.read(FACTS).allies()) {
            Integer expected = LAND_BORDER_WITH_RUSSIA_OR_BELARUS.contains(ally.id()) ? LAND_BORDER_THREAT_LEVEL : null;
            assertThat(ally.threat().level()).as(ally.id()).isEqualTo(expected);
        }
        assertThat(FactReader.read(FACTS).allies()).extracting(Ally::id)
                .containsAll(LAND_BORDER_WITH_RUSSIA_OR_BELARUS);
    }

    /**
     * D3: one COALITION tie for every pair of allies of one region that share at least one
     * framework of memberships.csv, strength 1 + the number shared (at most 5); no other tie.
     */
    @Test
    void tiesFollowDerivationD3() throws Exception {
        FactSet facts = FactReader.read(FACTS);
        Map<String, Map<String, String>> shared = byId(csv(SHARED.resolve("memberships.csv")));
        Map<String, String> grouping = sharedRegionGrouping();

        Set<String> expected = new TreeSet<>();
        List<String> ids = facts.allies().stream().map(Ally::id).sorted().toList();
        for (String one : ids) {
            for (String other : ids) {
                if (one.compareTo(other) >= 0 || !grouping.get(one).equals(grouping.get(other))) {
                    continue;
                }
                List<String> common = new ArrayList<>(sharedMemberships(shared, one));
                common.retainAll(sharedMemberships(shared, other));
                if (!common.isEmpty()) {
                    expected.add(one + "-" + other + " COALITION " + tieStrength(common.size()));
                }
            }
        }
        Set<String> actual = new TreeSet<>();
        for (Tie tie : facts.ties()) {
            String a = tie.ally().compareTo(tie.partner()) < 0 ? tie.ally() : tie.partner();
            String b = a.equals(tie.ally()) ? tie.partner() : tie.ally();
            assertThat(actual.add(a + "-" + b + " " + tie.kind() + " " + tie.strength())).as("one row per pair").isTrue();
        }
        assertThat(actual).isEqualTo(expected);
        assertThat(actual).contains("EST-FIN COALITION 4", "BGR-POL COALITION 3", "ALB-TUR COALITION 2",
                "AUS-NZL COALITION 3", "AUS-JPN COALITION 2");
    }

    /**
     * With a ties table every ally's ties are known to the reader. The allies with no derived tie
     * are exactly the ones facts/SOURCES.md names as "no claim" (REG-1 for them is not a finding).
     */
    @Test
    void alliesWithoutDerivedTiesAreTheOnesSourcesMdNames() throws Exception {
        FactSet facts = FactReader.read(FACTS);
        Set<String> untied = new TreeSet<>();
        for (Ally ally : facts.allies()) {
            assertThat(ally.ties()).as(ally.id()).isNotNull();
            if (facts.ties().stream().noneMatch(t -> t.ally().equals(ally.id()) || t.partner().equals(ally.id()))) {
                untied.add(ally.id());
            }
        }
        assertThat(untied).containsExactlyInAnyOrder("CAN", "KOR", "PHL", "TWN", "SGP", "THA", "ISR", "JOR", "EGY",
                "SAU", "KWT", "BHR", "QAT", "ARE");
        String sources = Files.readString(FACTS.resolve("SOURCES.md"), StandardCharsets.UTF_8);
        untied.forEach(id -> assertThat(sources).contains(id));
    }

    // ---- both sets ---------------------------------------------------------------------------

    /** For every ally and every field a catalogued rule reads: a value, or a data gap naming the rule. */
    @ParameterizedTest
    @ValueSource(strings = {"facts", "facts/nato-2025e"})
    void everyFieldTheRulesReadIsKnownOrADataGap(String folder) throws Exception {
        FactSet facts = FactReader.read(Path.of(folder));
        Assessment assessment = new Assessor(rules).assess(facts);

        assertThat(assessment.allies()).hasSize(facts.allies().size());
        for (Ally ally : facts.allies()) {
            AllyAssessment result = assessment.ally(ally.id()).orElseThrow();
            Map<String, List<String>> gaps = result.dataGaps().stream()
                    .collect(Collectors.toMap(DataGap::field, DataGap::rules));
            for (RuleInfo rule : rules.catalogue()) {
                for (String field : rule.requires()) {
                    if (!FactSchema.isKnown(field, ally, facts)) {
                        assertThat(gaps).as(folder + " " + ally.id() + " " + field).containsKey(field);
                        assertThat(gaps.get(field)).as(folder + " " + ally.id() + " " + field).contains(rule.id());
                    }
                }
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"allies.csv", "ties.csv", "regions.csv"})
    void sourcesMdNamesEveryColumn(String table) throws Exception {
        String sources = Files.readString(FACTS.resolve("SOURCES.md"), StandardCharsets.UTF_8);
        List<String> header = header(FACTS.resolve(table));
        assertThat(header).isEqualTo(header(FACTS_2025E.resolve(table)));
        for (String column : header) {
            assertThat(sources).as(table + " column " + column).contains("`" + column + "`");
        }
    }

    // ---- facts/nato-2025e/ -------------------------------------------------------------------

    @Test
    void nato2025eCopiesNatosEstimatesAndLeavesWhatTheyLackMissing() throws Exception {
        Map<String, Map<String, String>> budget2024 = sharedBudget();
        Map<String, Map<String, String>> budget2025 = byId(csv(SHARED.resolve("allies-budget-nato2025e.csv")));
        Map<String, Map<String, String>> base = byId(csv(FACTS.resolve("allies.csv")));
        List<Map<String, String>> rows = csv(FACTS_2025E.resolve("allies.csv"));

        assertThat(rows).extracting(r -> r.get("id")).containsExactlyElementsOf(base.keySet());
        for (Map<String, String> row : rows) {
            String id = row.get("id");
            Map<String, String> before = base.get(id);
            boolean nato = budget2024.containsKey(id) && budget2024.get(id).get("source_ids").equals("NATO2024");
            for (String column : row.keySet()) {
                if (!column.startsWith("budget.")) {
                    assertThat(row.get(column)).as(id + " " + column + " as in facts/").isEqualTo(before.get(column));
                } else if (!nato) {
                    assertThat(row.get(column)).as(id + " " + column + " partner: SIPRI 2024 as in facts/")
                            .isEqualTo(before.get(column));
                } else {
                    Map<String, String> estimate = budget2025.get(id);
                    String expected = estimate == null ? "" : estimate.get(column.substring("budget.".length()));
                    assertThat(row.get(column)).as(id + " " + column).isEqualTo(expected);
                }
            }
        }
        assertThat(Files.readString(FACTS_2025E.resolve("ties.csv"))).isEqualTo(Files.readString(FACTS.resolve("ties.csv")));
        assertThat(Files.readString(FACTS_2025E.resolve("regions.csv")))
                .isEqualTo(Files.readString(FACTS.resolve("regions.csv")));
    }

    @Test
    void nato2025eExactFiguresAndGaps() throws Exception {
        FactSet facts = FactReader.read(FACTS_2025E);

        assertThat(facts.allies()).hasSize(47);
        assertThat(facts.meta().asOf()).isEqualTo(LocalDate.of(2025, 12, 31));
        assertThat(facts.meta().usSupportLevel()).isEqualTo(SupportLevel.REDUCED);
        Ally poland = facts.ally("POL").orElseThrow();
        assertThat(poland.budget().defensePctGdp()).isEqualTo(4.48);
        assertThat(poland.budget().equipmentPct()).isEqualTo(54.44);
        assertThat(poland.budget().gdpUsdBn()).as("no 2025 GDP was found: a gap").isNull();
        assertThat(poland.budget().defenseUsdM()).as("no 2025 US$ spending was found: a gap").isNull();
        assertThat(facts.ally("BEL").orElseThrow().budget().defensePctGdp()).isEqualTo(2.00);
        // NATO published no 2025 figure for Germany: a gap, the 2024 figures are not carried over
        assertThat(facts.ally("DEU").orElseThrow().budget()).isEqualTo(Budget.UNKNOWN);
        assertThat(facts.ally("DNK").orElseThrow().budget().equipmentPct()).isNull();
        assertThat(facts.ally("DNK").orElseThrow().budget().defensePctGdp()).isEqualTo(3.22);
        assertThat(facts.ally("ISL").orElseThrow().budget()).isEqualTo(Budget.UNKNOWN);
        // partners keep SIPRI 2024
        assertThat(facts.ally("ISR").orElseThrow().budget().defensePctGdp()).isEqualTo(8.78);
    }

    // ---- reading the shared data ---------------------------------------------------------------

    static List<Map<String, String>> csv(Path file) throws IOException {
        CsvMapper mapper = new CsvMapper();
        try (MappingIterator<Map<String, String>> rows = mapper.readerForMapOf(String.class)
                .with(CsvSchema.emptySchema().withHeader()).readValues(file.toFile())) {
            List<Map<String, String>> all = new ArrayList<>();
            for (Map<String, String> row : rows.readAll()) {
                all.add(new LinkedHashMap<>(row));
            }
            return all;
        }
    }

    static List<String> header(Path file) throws IOException {
        String first = Files.readAllLines(file, StandardCharsets.UTF_8).get(0);
        return List.of(first.split(","));
    }

    static Map<String, Map<String, String>> byId(List<Map<String, String>> rows) {
        Map<String, Map<String, String>> byId = new LinkedHashMap<>();
        rows.forEach(r -> byId.put(r.containsKey("id") ? r.get("id") : r.get("ally"), r));
        return byId;
    }

    static Map<String, Map<String, String>> sharedBudget() throws IOException {
        return byId(csv(SHARED.resolve("allies-budget.csv")));
    }

    static List<String> sharedMemberships(Map<String, Map<String, String>> shared, String id) {
        String cell = shared.get(id).get("memberships");
        return cell.isEmpty() ? List.of() : List.of(cell.split(";"));
    }

    /** The "Region grouping" of ../shared/data/SOURCES.md: ally id to region id, in its order. */
    static Map<String, String> sharedRegionGrouping() throws IOException {
        String text = Files.readString(SHARED.resolve("SOURCES.md"), StandardCharsets.UTF_8);
        String section = text.substring(text.indexOf("## Region grouping"));
        section = section.substring(0, section.indexOf("\n## ", 3) < 0 ? section.length() : section.indexOf("\n## ", 3));
        Map<String, String> grouping = new LinkedHashMap<>();
        Matcher line = Pattern.compile("(?m)^- ([A-Za-z-]+) = (.*)$").matcher(section);
        while (line.find()) {
            Matcher code = Pattern.compile("\\b[A-Z]{3}\\b").matcher(line.group(2));
            while (code.find()) {
                grouping.put(code.group(), line.group(1));
            }
        }
        assertThat(new HashSet<>(grouping.values())).hasSize(8);
        return grouping;
    }

    static List<String> concat(List<String> a, List<String> b) {
        List<String> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }
}
