package org.allyadvisor.facts.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.allyadvisor.facts.Ally;
import org.allyadvisor.facts.Budget;
import org.allyadvisor.facts.FactSet;
import org.allyadvisor.facts.Interoperability;
import org.allyadvisor.facts.Tie;
import org.allyadvisor.facts.TieKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Spreadsheet facts: allies.csv, ties.csv, regions.csv. */
class CsvFactsTest {

    private static final String ALLIES = "facts/allies.csv";
    private static final String FOUR_ALLIES =
            "id,name,region\nPOL,Poland,E\nLTU,Lithuania,E\nFIN,Finland,N\n" + "CAN,Canada,NA\n";

    @TempDir Path dir;

    private void write(String name, String text) throws IOException {
        Files.writeString(dir.resolve(name), text);
    }

    @Test
    void csvFolderWithYamlMetaReadsIntoTheSameRecordsAsYaml() throws BadFactsException {
        FactSet facts = FactReader.read(TreeFactsTest.FACTS.resolve("csv"));

        // ties.csv makes the ties of the allies it names known: Finland, named only as Poland's
        // partner, has no rows of its own, so none rather than unknown ones (the tie binds both
        // ends)
        Ally finland = FullFactSet.FINLAND.toBuilder().ties(List.of()).build();
        assertThat(facts)
                .isEqualTo(
                        new FactSet(
                                FullFactSet.META,
                                FullFactSet.REGIONS,
                                List.of(FullFactSet.POLAND, FullFactSet.LITHUANIA, finland)));
    }

    @Test
    void noneInAListCellIsAnEmptyListAndAnEmptyCellIsAGap() throws BadFactsException {
        String csv =
                "id,name,region,memberships,interoperability.intelSharing,interoperability.score\n"
                        + "POL,Poland,Europe-East,none,,\n";

        Ally poland = FactReader.read(csv, ALLIES).allies().get(0);

        assertThat(poland.memberships()).isEmpty();
        assertThat(poland.interoperability()).isEqualTo(Interoperability.UNKNOWN);
    }

    @Test
    void listCellsAreSplitOnSemicolonsAndQuotedCellsMayHoldCommas() throws BadFactsException {
        String csv =
                "id,name,region,memberships\nKOR,\"Korea, Republic of\",Indo-Pacific, NATO-partner ; QUAD\n";

        Ally korea = FactReader.read(csv, ALLIES).allies().get(0);

        assertThat(korea.name()).isEqualTo("Korea, Republic of");
        assertThat(korea.memberships()).containsExactly("NATO-partner", "QUAD");
    }

    @Test
    void alliesWithoutTiesTableKeepTiesUnknown() throws BadFactsException {
        assertThat(FactReader.read("id,name,region\nPOL,Poland,E\n", ALLIES).allies().get(0).ties())
                .isNull();
    }

    @Test
    void tiesTableMakesKnownOnlyTheTiesOfTheAlliesItNames() throws IOException, BadFactsException {
        write("allies.csv", FOUR_ALLIES);
        write("ties.csv", "ally,partner,kind,strength\nPOL,LTU,DEFENSE_AGREEMENT,5\n");

        FactSet facts = FactReader.read(dir);

        assertThat(facts.ally("POL").orElseThrow().ties())
                .containsExactly(new Tie("POL", "LTU", TieKind.DEFENSE_AGREEMENT, 5));
        // named only as a partner: known, and its own rows are none (the rules count the tie both
        // ways)
        assertThat(facts.ally("LTU").orElseThrow().ties()).isEmpty();
        // not named: no row is "we do not know", a data gap, not "no ties"
        assertThat(facts.ally("FIN").orElseThrow().ties()).isNull();
        assertThat(facts.ally("CAN").orElseThrow().ties()).isNull();
    }

    @Test
    void noneRowMakesTheAllysTiesKnownAndEmpty() throws IOException, BadFactsException {
        write("allies.csv", FOUR_ALLIES);
        write(
                "ties.csv",
                "ally,partner,kind,strength\nPOL,LTU,COALITION,3\nCAN,none,,\nFIN,None\n");

        FactSet facts = FactReader.read(dir);

        assertThat(facts.ally("CAN").orElseThrow().ties()).isEmpty();
        assertThat(facts.ally("FIN").orElseThrow().ties()).as("case ignored, short row").isEmpty();
        assertThat(facts.ties()).containsExactly(new Tie("POL", "LTU", TieKind.COALITION, 3));
    }

    @Test
    void noneRowWithAKindOrAStrengthIsAnError() throws IOException {
        write("allies.csv", FOUR_ALLIES);
        write(
                "ties.csv",
                "ally,partner,kind,strength\nCAN,none,COALITION,\nFIN,none,,2\nPOL,NONE,COALITION,3\n");

        assertThat(Bad.problems(dir))
                .containsExactly(
                        dir
                                + "/ties.csv:2:3: allies[CAN].ties[0].kind: a 'none' row declares no tie: leave kind and strength empty",
                        dir
                                + "/ties.csv:3:4: allies[FIN].ties[0].strength: "
                                + "a 'none' row declares no tie: leave kind and strength empty",
                        dir
                                + "/ties.csv:4:3: allies[POL].ties[0].kind: a 'none' row declares no tie: leave kind and strength empty");
    }

    @Test
    void noneInTheAllyColumnIsAnUnknownAlly() throws IOException {
        write("allies.csv", FOUR_ALLIES);
        write("ties.csv", "ally,partner,kind,strength\nnone,POL,COALITION,3\nnone,none,,\n");

        assertThat(Bad.problems(dir))
                .containsExactly(
                        dir
                                + "/ties.csv:2:1: allies[none].ties[0].ally: tie from unknown ally 'none'",
                        dir
                                + "/ties.csv:3:1: allies[none].ties[1].ally: tie from unknown ally 'none'");
    }

    @Test
    void noneRowForAnAllyThatHasATieIsAnError() throws IOException {
        write("allies.csv", FOUR_ALLIES);
        write(
                "ties.csv",
                "ally,partner,kind,strength\nPOL,none,,\nLTU,POL,COALITION,3\nCAN,none,,\n");
        write(
                "more.yaml",
                "allies: [{id: XNA, name: Example, region: N, ties: [{partner: CAN, kind: COALITION, "
                        + "strength: 2}]}]\n");

        assertThat(Bad.problems(dir))
                .containsExactly(
                        dir
                                + "/ties.csv:2:2: allies[POL].ties[0].partner: a 'none' row says POL has no ties, but "
                                + dir
                                + "/ties.csv:3 ties it to LTU",
                        dir
                                + "/ties.csv:4:2: allies[CAN].ties[0].partner: a 'none' row says CAN has no ties, but "
                                + dir
                                + "/more.yaml:1 ties it to XNA");
    }

    @Test
    void noneIsOnlyARowOfTiesCsvNotANestedPartner() {
        String yaml = "allies: [{id: POL, name: Poland, region: E, ties: [{partner: none}]}]\n";

        assertThat(Bad.problems(yaml, "facts/poland.yaml"))
                .contains(
                        "facts/poland.yaml:1:62: allies[POL].ties[0].partner: tie to unknown ally 'none'");
    }

    @Test
    void tiesTableAloneSaysOnceThatThereAreNoAllies() {
        assertThat(
                        Bad.problems(
                                "ally,partner,kind,strength\nPOL,LTU,COALITION,4\n",
                                "facts/ties.csv"))
                .containsExactly("facts/ties.csv: no allies in the fact set");
    }

    @Test
    void spreadsheetErrorValuesAreBadCellsNotComments() {
        assertThat(
                        Bad.problems(
                                "id,name,region,budget.defensePctGdp\n#N/A,Nowhere,E,1.5\nPOL,Poland,E,#DIV/0!\n",
                                ALLIES))
                .containsExactly(
                        "facts/allies.csv:2:1: the cell holds the spreadsheet error #N/A; fix the formula or clear the cell",
                        "facts/allies.csv:3:4: the cell holds the spreadsheet error #DIV/0!; fix the formula or clear the cell");
    }

    @Test
    void spreadsheetErrorInTheTiesTableIsNotDroppedAsAComment() {
        assertThat(
                        Bad.problems(
                                "ally,partner,kind,strength\n#REF!,LTU,COALITION,4\n",
                                "facts/ties.csv"))
                .contains(
                        "facts/ties.csv:2:1: the cell holds the spreadsheet error #REF!; fix the formula or clear the cell");
    }

    @Test
    void unclosedQuoteIsReportedWhereItOpens() {
        assertThat(
                        Bad.problems(
                                "id,name,region\nPOL,\"Poland,E\nLTU,Lithuania,E\nFIN,Finland,E\n",
                                ALLIES))
                .containsExactly(
                        "facts/allies.csv:2:5: syntax: a quote opens a value here and is never closed");
    }

    @Test
    void tieRecordsFromTheTableCarryTheRowsAlly() throws BadFactsException {
        FactSet facts = FactReader.read(TreeFactsTest.FACTS.resolve("csv"));

        assertThat(facts.ties())
                .containsExactly(
                        new Tie("POL", "LTU", TieKind.DEFENSE_AGREEMENT, 4),
                        new Tie("POL", "FIN", TieKind.JOINT_EXERCISES, 2));
    }

    @Test
    void badCellIsReportedWithItsLineAndColumnNumber() {
        String csv =
                "id,name,region,budget.defensePctGdp,diplomacy.usDialogue,interoperability.score\n"
                        + "POL,Poland,Europe-East,4.5,true,78\n"
                        + "LTU,Lithuania,Europe-East,high,yes,7.5\n";

        assertThat(Bad.problems(csv, ALLIES))
                .containsExactly(
                        "facts/allies.csv:3:4: allies[LTU].budget.defensePctGdp: expected a number, got \"high\"",
                        "facts/allies.csv:3:5: allies[LTU].diplomacy.usDialogue: expected true or false, got \"yes\"",
                        "facts/allies.csv:3:6: allies[LTU].interoperability.score: expected a whole number, got 7.5");
    }

    @Test
    void outOfRangeAndUnknownValuesInCells() {
        String csv =
                "id,name,region,capabilities.unmanned,usSupport.dependence,threat.domains\n"
                        + "POL,Poland,E,6,SOMETIMES,LAND;SEA\n";

        assertThat(Bad.problems(csv, ALLIES))
                .containsExactly(
                        "facts/allies.csv:2:4: allies[POL].capabilities.unmanned: 6 is out of range 1..5",
                        "facts/allies.csv:2:5: allies[POL].usSupport.dependence: unknown value 'SOMETIMES'; allowed: LOW, MEDIUM, HIGH",
                        "facts/allies.csv:2:6: allies[POL].threat.domains: unknown value 'SEA'; "
                                + "allowed: LAND, MARITIME, AIR, MISSILE, CYBER, SPACE, HYBRID");
    }

    @Test
    void byYearColumnsNestUnderTheirFieldAndAnEmptyCellIsAGapForThatYear()
            throws BadFactsException {
        String csv =
                "id,name,region,budget.realChangePct,budget.realChangeByYear.2022,budget.realChangeByYear.2023\n"
                        + "POL,Poland,E,30.07,6.33,\nLTU,Lithuania,E,,,\n";

        FactSet facts = FactReader.read(csv, ALLIES);

        assertThat(facts.ally("POL").orElseThrow().budget())
                .isEqualTo(new Budget(null, null, null, null, 30.07, Map.of(2022, 6.33)));
        assertThat(facts.ally("LTU").orElseThrow().budget()).isEqualTo(Budget.UNKNOWN);
    }

    @Test
    void byYearColumnNeedsAYearAndIsReportedOnceAtTheHeader() {
        String csv =
                "id,name,region,budget.realChangeByYear.2023,budget.realChangeByYear.last,budget.realChangeByYear,"
                        + "budget.realChangeByYear.2023,budget.realChangByYear.2021\nPOL,Poland,E,1,2,3,4,5\nLTU,Lithuania,E,1,2,3,4,5\n";

        assertThat(Bad.problems(csv, ALLIES))
                .containsExactly(
                        "facts/allies.csv:1:5: budget.realChangeByYear.last: expected a year from 1900 to 2100, got 'last'",
                        "facts/allies.csv:1:6: budget.realChangeByYear: one column per year: name it budget.realChangeByYear.YYYY, "
                                + "such as budget.realChangeByYear.2024",
                        "facts/allies.csv:1:7: budget.realChangeByYear.2023: duplicate column 'budget.realChangeByYear.2023'",
                        "facts/allies.csv:1:8: budget.realChangByYear.2021: unknown field 'budget.realChangByYear.2021'; "
                                + "did you mean 'budget.realChangeByYear.YYYY'?");
    }

    @Test
    void badByYearCellIsReportedWithItsYear() {
        String csv =
                "id,name,region,budget.realChangeByYear.2023\nPOL,Poland,E,-101\nLTU,Lithuania,E,fast\n";

        assertThat(Bad.problems(csv, ALLIES))
                .containsExactly(
                        "facts/allies.csv:2:4: allies[POL].budget.realChangeByYear.2023: -101 is out of range >= -100",
                        "facts/allies.csv:3:4: allies[LTU].budget.realChangeByYear.2023: expected a number, got \"fast\"");
    }

    @Test
    void byYearColumnsBelongToAlliesCsvOnly() {
        assertThat(
                        Bad.problems(
                                "id,emergingPowerActivity,budget.realChangeByYear.2023\nE,3,1\n",
                                "facts/regions.csv"))
                .hasSize(1)
                .allMatch(
                        p ->
                                p.startsWith(
                                        "facts/regions.csv:1:3: budget.realChangeByYear.2023: unknown field"));
    }

    @Test
    void emptyRequiredCellIsMissingAndBadIdIsNamedByRow() {
        String csv = "id,name,region\nPOL,,E\nPoland,Poland,E\n";

        assertThat(Bad.problems(csv, ALLIES))
                .containsExactly(
                        "facts/allies.csv:2:2: allies[POL].name: required field is missing",
                        "facts/allies.csv:3:1: allies[1].id: expected a 3-letter ISO 3166-1 alpha-3 code, got \"Poland\"");
    }

    @Test
    void unknownColumnSuggestsNearestName() {
        String csv =
                "id,name,region,budget.defensePct,Memberships,colour\nPOL,Poland,E,1,NATO,red\n";

        List<String> problems = Bad.problems(csv, ALLIES);

        assertThat(problems).hasSize(3);
        assertThat(problems.get(0))
                .isEqualTo(
                        "facts/allies.csv:1:4: budget.defensePct: unknown field "
                                + "'budget.defensePct'; did you mean 'budget.defensePctGdp'?");
        assertThat(problems.get(1))
                .isEqualTo(
                        "facts/allies.csv:1:5: Memberships: unknown field 'Memberships'; "
                                + "did you mean 'memberships'?");
        assertThat(problems.get(2))
                .startsWith(
                        "facts/allies.csv:1:6: colour: unknown field 'colour'; known: "
                                + "budget.defensePctGdp, budget.defenseUsdM,");
    }

    @Test
    void missingRequiredColumnIsReportedOnceForTheHeader() {
        assertThat(Bad.problems("id,name\nPOL,Poland\nLTU,Lithuania\n", ALLIES))
                .containsExactly("facts/allies.csv:1: region: required column is missing");
    }

    @Test
    void repeatedColumnIsReported() {
        assertThat(Bad.problems("id,name,region,name\nPOL,Poland,E,Polska\n", ALLIES))
                .containsExactly("facts/allies.csv:1:4: name: duplicate column 'name'");
    }

    @Test
    void rowWiderThanTheHeaderIsReported() {
        assertThat(Bad.problems("id,name,region\nPOL,Poland,E,surplus\n", ALLIES))
                .containsExactly(
                        "facts/allies.csv:2:4: the row has 4 cells but the header has 3 columns");
    }

    @Test
    void malformedCsvIsASyntaxProblem() {
        assertThat(Bad.problems("id,name,region\nPOL,\"Poland,E\n", ALLIES))
                .containsExactly(
                        "facts/allies.csv:2:5: syntax: a quote opens a value here and is never closed");
    }

    @Test
    void csvFileNamedOtherwiseIsAnError() {
        assertThat(Bad.problems("id,name,region\nPOL,Poland,E\n", "facts/nations.csv"))
                .containsExactly(
                        "facts/nations.csv: a CSV fact file must be named allies.csv, ties.csv, regions.csv, or judgements*.csv for analysts' judgements");
    }

    @Test
    void badTieRowsAreReportedWithTheAllysTiePath() {
        String csv = "ally,partner,kind,strength\n,LTU,COALITION,4\nPOL,LTU,FRIENDSHIP,9\n";

        assertThat(Bad.problems(csv, "facts/ties.csv"))
                .containsExactly(
                        "facts/ties.csv:2:1: ties[0].ally: required field is missing",
                        "facts/ties.csv:3:3: allies[POL].ties[0].kind: unknown value 'FRIENDSHIP'; "
                                + "allowed: DEFENSE_AGREEMENT, JOINT_EXERCISES, INTEL_SHARING, COALITION",
                        "facts/ties.csv:3:4: allies[POL].ties[0].strength: 9 is out of range 1..5");
    }

    @Test
    void badRegionRowIsReported() {
        assertThat(
                        Bad.problems(
                                "id,emergingPowerActivity\nEurope-East,high\n",
                                "facts/regions.csv"))
                .containsExactly(
                        "facts/regions.csv:2:2: regions[Europe-East].emergingPowerActivity: expected a whole number, got \"high\"");
    }

    @Test
    void headerOnlyOrBlankCsv() {
        assertThat(Bad.problems("id,name,region\n", ALLIES))
                .containsExactly(
                        "facts/allies.csv:1: the table has a header and no rows; give one row per ally");
        assertThat(Bad.problems("\n\n", ALLIES))
                .containsExactly("facts/allies.csv: empty fact file");
        // a CSV fact file has no comment lines: a first cell starting with # is data (a spreadsheet
        // error, a typo)
        assertThat(Bad.problems("# nothing\n\n", ALLIES))
                .contains("facts/allies.csv:1: id: required column is missing");
    }

    @Test
    void blankSpreadsheetRowsAreSkipped() throws BadFactsException {
        assertThat(FactReader.read("id,name,region\nPOL,Poland,E\n,,\n", ALLIES).allies())
                .hasSize(1);
    }
}
