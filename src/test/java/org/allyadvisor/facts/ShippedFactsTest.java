package org.allyadvisor.facts;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
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
import org.allyadvisor.engine.Assessor;
import org.allyadvisor.engine.KnownFacts;
import org.allyadvisor.facts.read.FactReader;
import org.allyadvisor.results.AllyAssessment;
import org.allyadvisor.results.Assessment;
import org.allyadvisor.results.DataGap;
import org.allyadvisor.rules.RuleInfo;
import org.allyadvisor.rules.RuleSet;
import org.allyadvisor.shared.SharedFiles;
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
    static final Path SHARED = SharedFiles.path("data");

    static final List<String> BUDGET_COLUMNS =
            List.of("gdpUsdBn", "defenseUsdM", "defensePctGdp", "equipmentPct", "realChangePct");

    // ---- The documented derivations of facts/SOURCES.md, stated once as code ----------------

    /**
     * D1: the frameworks of memberships.csv that are intelligence-sharing frameworks, in this
     * order.
     */
    static final List<String> INTEL_SHARING_FRAMEWORKS = List.of("NATO", "FiveEyes");

    /** D2: allies of the set with a land border with Russia (incl. Kaliningrad) or Belarus. */
    static final Set<String> LAND_BORDER_WITH_RUSSIA_OR_BELARUS =
            Set.of("NOR", "FIN", "EST", "LVA", "LTU", "POL");

    static final int LAND_BORDER_THREAT_LEVEL = 5;

    /**
     * D3: what a framework of memberships.csv commits its members to, as the kind of tie it makes
     * and a base strength, each checkable in the framework's founding text.
     */
    record Commitment(String framework, TieKind kind, int base) {}

    /** D3's table, in the order that breaks ties between equal bases (first wins). */
    static final List<Commitment> COMMITMENTS =
            List.of(
                    new Commitment(
                            "NATO",
                            TieKind.DEFENSE_AGREEMENT,
                            4), // North Atlantic Treaty, Article 5
                    new Commitment(
                            "ANZUS", TieKind.DEFENSE_AGREEMENT, 4), // ANZUS Treaty, Article IV
                    new Commitment(
                            "EU",
                            TieKind.DEFENSE_AGREEMENT,
                            3), // Treaty on European Union, Article 42(7)
                    new Commitment("JEF", TieKind.COALITION, 3), // standing military coalition
                    new Commitment("AUKUS", TieKind.COALITION, 3), // security partnership
                    new Commitment(
                            "FiveEyes", TieKind.INTEL_SHARING, 3), // intelligence-sharing alliance
                    new Commitment("Quad", TieKind.COALITION, 2)); // diplomatic security dialogue

    /**
     * D3: the tie of two allies of one region that share these frameworks: the kind of the shared
     * framework with the highest base, and that base + 1 for each further shared framework, at most
     * 5. As {@code KIND strength}.
     */
    static String derivedTie(List<String> shared) {
        List<Commitment> commitments =
                COMMITMENTS.stream().filter(c -> shared.contains(c.framework())).toList();
        assertThat(commitments)
                .as("every shared framework has a D3 commitment: " + shared)
                .hasSameSizeAs(shared);
        Commitment top = commitments.get(0);
        for (Commitment c : commitments) {
            top = c.base() > top.base() ? c : top;
        }
        return top.kind()
                + " "
                + Math.min(FactSchema.MAX_TIE_STRENGTH, top.base() + shared.size() - 1);
    }

    /**
     * Fields no file of the sets gives, for any ally: no source of ../shared/data gives them, or
     * (usSupport.dependence) the rules derive them from what the files give (DEP-1).
     */
    static final List<String> NEVER_SOURCED =
            List.of(
                    "usSupport.dependence",
                    "interoperability.score",
                    "interoperability.jointExercisesPerYear",
                    "capabilities.missileDefense",
                    "capabilities.unmanned",
                    "threat.domains",
                    "diplomacy.strategicDialogues");

    /**
     * The columns copied from the extra tables of ../shared/data (rules CYB-1, USD-1, DEP-1's
     * inputs), each from one column of one file, as written there.
     */
    static final Map<String, List<String>> COPIED_EXTRA =
            Map.of(
                    "capabilities.cyberDefense", List.of("cyber-gci2024.csv", "cyberDefense"),
                    "diplomacy.usDialogue", List.of("us-dialogue.csv", "usDialogue"),
                    "usSupport.usShareOfArmsImportsPct",
                            List.of("us-arms-dependence.csv", "usSharePct"),
                    "usSupport.armsImportsTiv", List.of("us-arms-dependence.csv", "totalTiv"));

    /** Partners' real change of 2024 (rule RC-1), and the column it is in. */
    static final String PARTNERS_REAL_CHANGE = "partners-realchange-sipri2024.csv";

    static final String BY_YEAR = "budget.realChangeByYear.";

    static RuleSet rules;

    @BeforeAll
    static void loadRules() throws Exception {
        rules = RuleSet.load(Path.of("rules"));
    }

    // ---- facts/ : who is in it --------------------------------------------------------------

    @Test
    void coversTheNatoAlliesAndEveryUsPartnerOfTheSharedData() throws Exception {
        FactSet facts = FactReader.read(FACTS);

        List<String> nato =
                sharedBudget().values().stream()
                        .filter(r -> r.get("source_ids").equals("NATO2024"))
                        .map(r -> r.get("id"))
                        .filter(id -> !id.equals("USA"))
                        .toList();
        Set<String> partners = new LinkedHashSet<>();
        for (Map<String, String> row : csv(SHARED.resolve("us-presence.csv"))) {
            if (!nato.contains(row.get("id")) && !row.get("id").equals("USA")) {
                partners.add(row.get("id"));
            }
        }
        assertThat(nato).hasSize(31);
        // 8 Indo-Pacific + 8 Middle East partners: us-presence.csv gives figures (US troops) for
        // all 16,
        // Qatar and the UAE included though SIPRI has no 2024 budget for them. The issue's "46"
        // miscounts.
        assertThat(partners).hasSize(16);
        assertThat(facts.allies()).hasSize(47);
        assertThat(facts.allies())
                .extracting(Ally::id)
                .containsExactlyElementsOf(concat(nato, List.copyOf(partners)))
                .doesNotContain("USA");
    }

    @Test
    void regionsAreTheSharedGroupingAndNoActivityIsClaimed() throws Exception {
        FactSet facts =
                FactReader.read(FACTS)
                        .withoutJudgements(); // ShippedJudgementsTest checks the judged activity
        Map<String, String> grouping = sharedRegionGrouping();

        assertThat(facts.regions())
                .extracting(Region::id)
                .containsExactlyElementsOf(new LinkedHashSet<>(grouping.values()));
        assertThat(facts.regions()).allSatisfy(r -> assertThat(r.emergingPowerActivity()).isNull());
        for (Ally ally : facts.allies()) {
            assertThat(ally.region()).as(ally.id()).isEqualTo(grouping.get(ally.id()));
        }
        // the US is not in the set, so North America holds Canada alone
        assertThat(facts.allies())
                .filteredOn(a -> a.region().equals("North-America"))
                .extracting(Ally::id)
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

        Map<String, Map<String, String>> partnersRealChange =
                byId(csv(SHARED.resolve(PARTNERS_REAL_CHANGE)));

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
                if (column.equals("realChangePct") && partnersRealChange.containsKey(id)) {
                    // the shared budget table has none for partners: RC-1 gives it
                    assertThat(expected).isEmpty();
                    assertThat(partnersRealChange.get(id).get("year")).isEqualTo("2024");
                    expected = partnersRealChange.get(id).get("realChangePct");
                }
                assertThat(row.get("budget." + column))
                        .as(id + " budget." + column)
                        .isEqualTo(expected);
            }
            assertThat(row.get("usSupport.usTroops"))
                    .as(id + " usTroops")
                    .isEqualTo(presence.get(id).get("usTroops"))
                    .isNotEmpty();
            assertThat(row.get("usSupport.assistanceUsdM"))
                    .as(id + " assistanceUsdM")
                    .isEqualTo(presence.get(id).get("assistanceUsdM"));
        }
    }

    /** Every cell of the extra tables' columns is the shared cell, as written, in both sets. */
    @ParameterizedTest
    @ValueSource(strings = {"facts", "facts/nato-2025e"})
    void everyExtraFigureIsCopiedExactlyFromTheSharedData(String folder) throws Exception {
        List<Map<String, String>> rows = csv(Path.of(folder, "allies.csv"));
        for (Map.Entry<String, List<String>> copied : COPIED_EXTRA.entrySet()) {
            Map<String, Map<String, String>> shared =
                    byId(csv(SHARED.resolve(copied.getValue().get(0))));
            assertThat(shared.keySet())
                    .as(copied.getValue().get(0))
                    .containsAll(rows.stream().map(r -> r.get("id")).toList());
            for (Map<String, String> row : rows) {
                String id = row.get("id");
                assertThat(row.get(copied.getKey()))
                        .as(folder + " " + id + " " + copied.getKey())
                        .isEqualTo(shared.get(id).get(copied.getValue().get(1)));
            }
        }
        // USD-1 records a channel that exists; an empty cell is "not found", never "no channel"
        assertThat(rows).extracting(r -> r.get("diplomacy.usDialogue")).containsOnly("true", "");
    }

    /** The figures of rule RC-1: partners' real change of 2024, as written in the shared table. */
    @ParameterizedTest
    @ValueSource(strings = {"facts", "facts/nato-2025e"})
    void partnersRealChangeIsRc1(String folder) throws Exception {
        Map<String, Map<String, String>> rc1 = byId(csv(SHARED.resolve(PARTNERS_REAL_CHANGE)));
        Map<String, Map<String, String>> rows = byId(csv(Path.of(folder, "allies.csv")));

        assertThat(rc1).hasSize(16);
        rc1.forEach(
                (id, shared) ->
                        assertThat(rows.get(id).get("budget.realChangePct"))
                                .as(folder + " " + id)
                                .isEqualTo(shared.get("realChangePct")));
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
        // Qatar: SIPRI has no figure for 2024 or 2023, so only the change of 2022 on 2021 is known
        // (RC-1)
        Budget qatar = facts.ally("QAT").orElseThrow().budget();
        assertThat(qatar)
                .extracting(
                        Budget::gdpUsdBn,
                        Budget::defenseUsdM,
                        Budget::defensePctGdp,
                        Budget::equipmentPct,
                        Budget::realChangePct)
                .containsOnlyNulls();
        assertThat(qatar.realChangeByYear()).containsOnlyKeys(2022);
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
                assertThat(ally.budget().defensePctGdp())
                        .as(ally.id())
                        .isEqualTo(Double.parseDouble(published));
            }
        }
    }

    @Test
    void membershipsAreCopiedAndAnEmptySourceCellIsAGapNotNone() throws Exception {
        Map<String, Map<String, String>> shared = byId(csv(SHARED.resolve("memberships.csv")));
        for (Ally ally : FactReader.read(FACTS).allies()) {
            List<String> listed = sharedMemberships(shared, ally.id());
            if (listed.isEmpty()) {
                assertThat(ally.memberships())
                        .as(ally.id() + " memberships: a gap, not 'none'")
                        .isNull();
            } else {
                assertThat(ally.memberships()).as(ally.id()).containsExactlyElementsOf(listed);
            }
        }
    }

    @Test
    void fieldsNoSourceGivesAreLeftMissingForEveryAlly() throws Exception {
        for (Path set : List.of(FACTS, FACTS_2025E)) {
            FactSet facts =
                    FactReader.read(set)
                            .withoutJudgements(); // judged values: ShippedJudgementsTest
            for (Ally ally : facts.allies()) {
                for (String path : NEVER_SOURCED) {
                    assertThat(FactSchema.isKnown(path, ally, facts))
                            .as(set + " " + ally.id() + " " + path)
                            .isFalse();
                }
            }
        }
    }

    // ---- facts/ : derived values recompute from the documented rules ------------------------

    /**
     * D1: intelSharing = memberships ∩ {NATO, FiveEyes}; missing (never "none") when that is empty.
     */
    @Test
    void intelSharingFollowsDerivationD1() throws Exception {
        Map<String, Map<String, String>> shared = byId(csv(SHARED.resolve("memberships.csv")));
        int known = 0;
        for (Ally ally : FactReader.read(FACTS).allies()) {
            List<String> listed = sharedMemberships(shared, ally.id());
            List<String> expected =
                    INTEL_SHARING_FRAMEWORKS.stream().filter(listed::contains).toList();
            if (expected.isEmpty()) {
                assertThat(ally.interoperability().intelSharing()).as(ally.id()).isNull();
            } else {
                assertThat(ally.interoperability().intelSharing())
                        .as(ally.id())
                        .containsExactlyElementsOf(expected);
                known++;
            }
        }
        assertThat(known).isEqualTo(33); // the 31 NATO allies, Australia and New Zealand
    }

    /** D2: threat level 5 for a land border with Russia or Belarus; missing for everyone else. */
    @Test
    void threatLevelFollowsDerivationD2() throws Exception {
        for (Ally ally : FactReader.read(FACTS).withoutJudgements().allies()) {
            Integer expected =
                    LAND_BORDER_WITH_RUSSIA_OR_BELARUS.contains(ally.id())
                            ? LAND_BORDER_THREAT_LEVEL
                            : null;
            assertThat(ally.threat().level()).as(ally.id()).isEqualTo(expected);
        }
        assertThat(FactReader.read(FACTS).allies())
                .extracting(Ally::id)
                .containsAll(LAND_BORDER_WITH_RUSSIA_OR_BELARUS);
    }

    /** The examples facts/SOURCES.md gives for D3, and the order that breaks equal bases. */
    @Test
    void derivationD3Examples() {
        assertThat(derivedTie(List.of("NATO"))).isEqualTo("DEFENSE_AGREEMENT 4");
        assertThat(derivedTie(List.of("NATO", "EU"))).isEqualTo("DEFENSE_AGREEMENT 5");
        assertThat(derivedTie(List.of("NATO", "EU", "JEF")))
                .as("at most 5")
                .isEqualTo("DEFENSE_AGREEMENT 5");
        assertThat(derivedTie(List.of("NATO", "JEF"))).isEqualTo("DEFENSE_AGREEMENT 5");
        assertThat(derivedTie(List.of("FiveEyes", "ANZUS"))).isEqualTo("DEFENSE_AGREEMENT 5");
        assertThat(derivedTie(List.of("Quad"))).isEqualTo("COALITION 2");
        assertThat(derivedTie(List.of("FiveEyes", "JEF")))
                .as("equal bases: JEF is listed first")
                .isEqualTo("COALITION 4");
        assertThat(derivedTie(List.of("EU"))).isEqualTo("DEFENSE_AGREEMENT 3");
    }

    /** D3's table in facts/SOURCES.md is the one this test derives ties with, row for row. */
    @Test
    void sourcesMdStatesTheD3TableThisTestUses() throws Exception {
        String sources = Files.readString(FACTS.resolve("SOURCES.md"), StandardCharsets.UTF_8);
        String d3 = sources.substring(sources.indexOf("### D3"));
        d3 = d3.substring(0, d3.indexOf("\n#", 4));
        List<Commitment> table = new ArrayList<>();
        Matcher row =
                Pattern.compile("(?m)^\\| (\\w+) \\|.*\\| `(\\w+)` \\| (\\d) \\|$").matcher(d3);
        while (row.find()) {
            table.add(
                    new Commitment(
                            row.group(1),
                            TieKind.valueOf(row.group(2)),
                            Integer.parseInt(row.group(3))));
        }
        assertThat(table).containsExactlyElementsOf(COMMITMENTS);
    }

    /**
     * D3: one tie for every pair of allies of one region that share at least one framework of
     * memberships.csv, its kind and strength from the frameworks' commitments; no other tie.
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
                    expected.add(one + "-" + other + " " + derivedTie(common));
                }
            }
        }
        Set<String> actual = new TreeSet<>();
        for (Tie tie : facts.ties()) {
            assertThat(tie.ally())
                    .as("the alphabetically first id is the ally")
                    .isLessThan(tie.partner());
            String pair =
                    tie.ally() + "-" + tie.partner() + " " + tie.kind() + " " + tie.strength();
            assertThat(actual.add(pair)).as("one row per pair").isTrue();
        }
        assertThat(actual).isEqualTo(expected);
        assertThat(actual)
                .hasSize(89)
                .contains(
                        "EST-FIN DEFENSE_AGREEMENT 5",
                        "BGR-POL DEFENSE_AGREEMENT 5",
                        "ALB-TUR DEFENSE_AGREEMENT 4",
                        "BEL-GBR DEFENSE_AGREEMENT 4",
                        "FRA-LUX DEFENSE_AGREEMENT 5",
                        "ISL-NOR DEFENSE_AGREEMENT 5",
                        "AUS-NZL DEFENSE_AGREEMENT 5",
                        "AUS-JPN COALITION 2");
    }

    /**
     * A ties table makes known only the ties of the allies it names. The allies it does not name
     * are exactly the ones facts/SOURCES.md names: their ties are unknown, so REG-1 is a data gap
     * for them, never an action. REG-1 acts only where SOURCES.md says it does.
     */
    @ParameterizedTest
    @ValueSource(strings = {"facts", "facts/nato-2025e"})
    void alliesTheTiesFileDoesNotNameAreReg1DataGaps(String folder) throws Exception {
        FactSet facts = FactReader.read(Path.of(folder));
        Assessment assessment = new Assessor(rules).assess(facts);
        Set<String> named = new TreeSet<>();
        for (Map<String, String> row : csv(Path.of(folder, "ties.csv"))) {
            named.add(row.get("ally"));
            named.add(row.get("partner"));
        }

        Set<String> unnamed = new TreeSet<>();
        Set<String> reg1Actions = new TreeSet<>();
        for (Ally ally : facts.allies()) {
            AllyAssessment result = assessment.ally(ally.id()).orElseThrow();
            Map<String, List<String>> gaps =
                    result.dataGaps().stream()
                            .collect(Collectors.toMap(DataGap::field, DataGap::rules));
            if (result.actions().stream().anyMatch(a -> a.ruleIds().contains("REG-1"))) {
                reg1Actions.add(ally.id());
            }
            if (named.contains(ally.id())) {
                assertThat(ally.ties()).as(ally.id()).isNotNull();
                assertThat(gaps).as(ally.id()).doesNotContainKey(FactSchema.TIES);
            } else {
                unnamed.add(ally.id());
                assertThat(ally.ties()).as(ally.id() + ": unknown, not none").isNull();
                assertThat(gaps.get(FactSchema.TIES)).as(ally.id() + " ties gap").contains("REG-1");
                assertThat(result.actions())
                        .as(ally.id() + ": no REG-1 action")
                        .noneMatch(a -> a.ruleIds().contains("REG-1"));
            }
        }
        assertThat(unnamed)
                .containsExactlyInAnyOrder(
                        "CAN", "KOR", "PHL", "TWN", "SGP", "THA", "ISR", "JOR", "EGY", "SAU", "KWT",
                        "BHR", "QAT", "ARE");
        String sources = Files.readString(FACTS.resolve("SOURCES.md"), StandardCharsets.UTF_8);
        unnamed.forEach(id -> assertThat(sources).contains(id));
        assertThat(reg1Actions)
                .as(
                        "facts/SOURCES.md says REG-1 fires for AUS, JPN and NZL at the shipped "
                                + "thresholds; if the rule or its thresholds changed, update what it says")
                .containsExactly("AUS", "JPN", "NZL");
    }

    // ---- both sets ---------------------------------------------------------------------------

    /**
     * For every ally and every catalogue rule: it was evaluated (one of the rules written for its
     * id had every field it reads, given or derived), or each field it lacked is a data gap naming
     * it.
     */
    @ParameterizedTest
    @ValueSource(strings = {"facts", "facts/nato-2025e"})
    void everyFieldTheRulesReadIsKnownOrADataGap(String folder) throws Exception {
        FactSet facts = FactReader.read(Path.of(folder));
        Assessment assessment = new Assessor(rules).assess(facts);
        KnownFacts known = new KnownFacts(rules.thresholds());

        assertThat(assessment.allies()).hasSize(facts.allies().size());
        for (Ally ally : facts.allies()) {
            AllyAssessment result = assessment.ally(ally.id()).orElseThrow();
            Map<String, List<String>> gaps =
                    result.dataGaps().stream()
                            .collect(Collectors.toMap(DataGap::field, DataGap::rules));
            Map<String, List<RuleInfo>> byId =
                    rules.catalogue().stream().collect(Collectors.groupingBy(RuleInfo::id));
            byId.forEach(
                    (id, written) -> {
                        boolean evaluated =
                                written.stream()
                                        .anyMatch(
                                                rule ->
                                                        rule.requires().stream()
                                                                .allMatch(
                                                                        f ->
                                                                                known.isKnown(
                                                                                        f, ally,
                                                                                        facts)));
                        if (evaluated) {
                            return;
                        }
                        for (RuleInfo rule : written) {
                            for (String field : rule.requires()) {
                                if (!known.isKnown(field, ally, facts)) {
                                    assertThat(gaps)
                                            .as(folder + " " + ally.id() + " " + field)
                                            .containsKey(field);
                                    assertThat(gaps.get(field))
                                            .as(folder + " " + ally.id() + " " + field)
                                            .contains(id);
                                }
                            }
                        }
                    });
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"allies.csv", "ties.csv", "regions.csv"})
    void sourcesMdNamesEveryColumn(String table) throws Exception {
        String sources = Files.readString(FACTS.resolve("SOURCES.md"), StandardCharsets.UTF_8);
        List<String> header = yearsAsYyyy(header(FACTS.resolve(table)));
        assertThat(header).isEqualTo(yearsAsYyyy(header(FACTS_2025E.resolve(table))));
        for (String column : header) {
            assertThat(sources).as(table + " column " + column).contains("`" + column + "`");
        }
    }

    // ---- facts/nato-2025e/ -------------------------------------------------------------------

    @Test
    void nato2025eCopiesNatosEstimatesAndLeavesWhatTheyLackMissing() throws Exception {
        Map<String, Map<String, String>> budget2024 = sharedBudget();
        Map<String, Map<String, String>> budget2025 =
                byId(csv(SHARED.resolve("allies-budget-nato2025e.csv")));
        Map<String, Map<String, String>> base = byId(csv(FACTS.resolve("allies.csv")));
        List<Map<String, String>> rows = csv(FACTS_2025E.resolve("allies.csv"));

        assertThat(rows).extracting(r -> r.get("id")).containsExactlyElementsOf(base.keySet());
        for (Map<String, String> row : rows) {
            String id = row.get("id");
            Map<String, String> before = base.get(id);
            boolean nato =
                    budget2024.containsKey(id)
                            && budget2024.get(id).get("source_ids").equals("NATO2024");
            for (String column : row.keySet()) {
                if (column.startsWith(BY_YEAR)) {
                    continue; // other years than facts/: ShippedRealChangeHistoryTest checks them
                } else if (!column.startsWith("budget.")) {
                    assertThat(row.get(column))
                            .as(id + " " + column + " as in facts/")
                            .isEqualTo(before.get(column));
                } else if (!nato) {
                    assertThat(row.get(column))
                            .as(id + " " + column + " partner: SIPRI 2024 as in facts/")
                            .isEqualTo(before.get(column));
                } else {
                    Map<String, String> estimate = budget2025.get(id);
                    String expected =
                            estimate == null
                                    ? ""
                                    : estimate.get(column.substring("budget.".length()));
                    assertThat(row.get(column)).as(id + " " + column).isEqualTo(expected);
                }
            }
        }
        assertThat(Files.readString(FACTS_2025E.resolve("ties.csv")))
                .isEqualTo(Files.readString(FACTS.resolve("ties.csv")));
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
        assertThat(poland.budget().defenseUsdM())
                .as("no 2025 US$ spending was found: a gap")
                .isNull();
        assertThat(facts.ally("BEL").orElseThrow().budget().defensePctGdp()).isEqualTo(2.00);
        // NATO published no 2025 figure for Germany: a gap, the 2024 figures are not carried over;
        // its real change of earlier years is in the same release
        Budget germany = facts.ally("DEU").orElseThrow().budget();
        assertThat(germany)
                .extracting(
                        Budget::gdpUsdBn,
                        Budget::defenseUsdM,
                        Budget::defensePctGdp,
                        Budget::equipmentPct,
                        Budget::realChangePct)
                .containsOnlyNulls();
        assertThat(germany.realChangeByYear()).containsOnlyKeys(2021, 2022, 2023, 2024);
        assertThat(facts.ally("DNK").orElseThrow().budget().equipmentPct()).isNull();
        assertThat(facts.ally("DNK").orElseThrow().budget().defensePctGdp()).isEqualTo(3.22);
        assertThat(facts.ally("ISL").orElseThrow().budget()).isEqualTo(Budget.UNKNOWN);
        // partners keep SIPRI 2024
        assertThat(facts.ally("ISR").orElseThrow().budget().defensePctGdp()).isEqualTo(8.78);
    }

    // ---- reading the shared data ---------------------------------------------------------------

    static List<Map<String, String>> csv(Path file) throws IOException {
        CsvMapper mapper = new CsvMapper();
        try (MappingIterator<Map<String, String>> rows =
                mapper.readerForMapOf(String.class)
                        .with(CsvSchema.emptySchema().withHeader())
                        .readValues(file.toFile())) {
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

    /** The header with each by-year column's year written {@code YYYY}, one column per field. */
    static List<String> yearsAsYyyy(List<String> header) {
        return header.stream()
                .map(c -> c.startsWith(BY_YEAR) ? BY_YEAR + "YYYY" : c)
                .distinct()
                .toList();
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
        section =
                section.substring(
                        0,
                        section.indexOf("\n## ", 3) < 0
                                ? section.length()
                                : section.indexOf("\n## ", 3));
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
