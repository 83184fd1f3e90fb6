package org.allyadvisor.facts.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.groups.Tuple.tuple;

import org.junit.jupiter.api.Test;

/** Every kind of bad YAML/JSON input, with the exact line the user sees. */
class BadTreeFactsTest {

    private static final String FILE = "facts/poland.yaml";

    /** An ally whose line 5+ holds the section under test; lines 1-4 are fine. */
    private static String poland(String rest) {
        return "allies:\n  - id: POL\n    name: Poland\n    region: Europe-East\n" + rest;
    }

    @Test
    void malformedYamlIsASyntaxProblemAtItsLine() {
        assertThat(Bad.problems("allies:\n  - id: POL\n   name: Poland\n", FILE))
                .containsExactly(
                        "facts/poland.yaml:3:4: syntax: this line is not indented like the lines of its section above it");
    }

    @Test
    void malformedJsonIsASyntaxProblemWithoutJacksonsSourceSuffix() {
        assertThat(Bad.problems("{\"allies\": [}", "facts/poland.json"))
                .containsExactly(
                        "facts/poland.json:1:13: syntax: Unexpected close marker '}': expected ']' "
                                + "(for Array starting at line 1, column 12)");
    }

    @Test
    void textInANumberFieldIsAWrongType() {
        assertThat(Bad.problems(poland("    budget:\n      defensePctGdp: high\n"), FILE))
                .containsExactly(
                        "facts/poland.yaml:6:22: allies[POL].budget.defensePctGdp: expected a number, got \"high\"");
    }

    @Test
    void quotedNumberInYamlIsAWrongType() {
        assertThat(Bad.problems(poland("    budget:\n      defenseUsdM: \"44300\"\n"), FILE))
                .containsExactly(
                        "facts/poland.yaml:6:20: allies[POL].budget.defenseUsdM: expected a number, got \"44300\"");
    }

    @Test
    void quotedNumberInJsonIsAWrongType() {
        String json =
                "{\"allies\": [{\"id\": \"POL\", \"name\": \"Poland\", \"region\": \"E\",\n"
                        + "  \"threat\": {\"level\": \"5\"}}]}";

        assertThat(Bad.problems(json, "facts/poland.json"))
                .containsExactly(
                        "facts/poland.json:2:23: allies[POL].threat.level: expected a whole number, got \"5\"");
    }

    @Test
    void fractionInAnIntegerFieldIsNotAWholeNumber() {
        assertThat(Bad.problems(poland("    usSupport:\n      usTroops: 3.5\n"), FILE))
                .containsExactly(
                        "facts/poland.yaml:6:17: allies[POL].usSupport.usTroops: expected a whole number, got 3.5");
    }

    @Test
    void yesIsNotABoolean() {
        assertThat(Bad.problems(poland("    diplomacy:\n      usDialogue: yes\n"), FILE))
                .containsExactly(
                        "facts/poland.yaml:6:19: allies[POL].diplomacy.usDialogue: expected true or false, got \"yes\"");
    }

    @Test
    void singleValueWhereAListBelongsIsAWrongType() {
        assertThat(Bad.problems(poland("    memberships: NATO\n"), FILE))
                .containsExactly(
                        "facts/poland.yaml:5:18: allies[POL].memberships: expected a list, got \"NATO\"");
    }

    @Test
    void impossibleDateIsAWrongType() {
        assertThat(Bad.problems("meta:\n  asOf: 2025-13-01\n" + poland(""), FILE))
                .containsExactly(
                        "facts/poland.yaml:2:9: meta.asOf: expected a date YYYY-MM-DD, got \"2025-13-01\"");
    }

    @Test
    void valueWhereASectionBelongsIsAWrongType() {
        assertThat(Bad.problems(poland("    budget: 5\n"), FILE))
                .containsExactly(
                        "facts/poland.yaml:5:13: allies[POL].budget: expected a section (a mapping), got 5");
    }

    @Test
    void numberOutsideItsRangeNamesTheRange() {
        assertThat(
                        Bad.problems(
                                poland(
                                        "    budget:\n      equipmentPct: 104.2\n    capabilities:\n"
                                                + "      unmanned: 7\n"),
                                FILE))
                .containsExactly(
                        "facts/poland.yaml:6:21: allies[POL].budget.equipmentPct: 104.2 is out of range 0..100",
                        "facts/poland.yaml:8:17: allies[POL].capabilities.unmanned: 7 is out of range 1..5");
    }

    @Test
    void numberBelowAnOpenEndedRangeNamesTheBound() {
        assertThat(Bad.problems(poland("    budget: {realChangePct: -120}\n"), FILE))
                .containsExactly(
                        "facts/poland.yaml:5:29: allies[POL].budget.realChangePct: -120 is out of range >= -100");
    }

    @Test
    void realChangeByYearNeedsYearsForKeys() {
        assertThat(
                        Bad.problems(
                                poland(
                                        "    budget:\n      realChangeByYear: {2023: 1.5, 23: 2, 2023.5: 1, latest: 3, "
                                                + "1850: 1}\n"),
                                FILE))
                .containsExactly(
                        "facts/poland.yaml:6:37: allies[POL].budget.realChangeByYear.23: expected a year from 1900 to 2100, got '23'",
                        "facts/poland.yaml:6:44: allies[POL].budget.realChangeByYear.2023.5: expected a year from 1900 to 2100, "
                                + "got '2023.5'",
                        "facts/poland.yaml:6:55: allies[POL].budget.realChangeByYear.latest: expected a year from 1900 to 2100, "
                                + "got 'latest'",
                        "facts/poland.yaml:6:66: allies[POL].budget.realChangeByYear.1850: expected a year from 1900 to 2100, "
                                + "got '1850'");
    }

    @Test
    void realChangeByYearValuesAreCheckedLikeRealChangePct() {
        assertThat(
                        Bad.problems(
                                poland(
                                        "    budget:\n      realChangeByYear:\n        2022: -120\n        2023: high\n"
                                                + "        2023: 2\n"),
                                FILE))
                .containsExactly(
                        "facts/poland.yaml:7:15: allies[POL].budget.realChangeByYear.2022: -120 is out of range >= -100",
                        "facts/poland.yaml:8:15: allies[POL].budget.realChangeByYear.2023: expected a number, got \"high\"",
                        "facts/poland.yaml:9:9: allies[POL].budget.realChangeByYear.2023: duplicate field '2023'");
    }

    @Test
    void realChangeByYearMustBeATableOfYears() {
        assertThat(Bad.problems(poland("    budget: {realChangeByYear: [1.5, 2.0]}\n"), FILE))
                .containsExactly(
                        "facts/poland.yaml:5:32: allies[POL].budget.realChangeByYear: expected a value for each year, "
                                + "such as {2023: 1.5}, got a list");
    }

    @Test
    void importFiguresAreCheckedAgainstTheirRanges() {
        assertThat(
                        Bad.problems(
                                poland(
                                        "    usSupport: {usShareOfArmsImportsPct: 104.2, armsImportsTiv: -5}\n"),
                                FILE))
                .containsExactly(
                        "facts/poland.yaml:5:42: allies[POL].usSupport.usShareOfArmsImportsPct: 104.2 is out of range 0..100",
                        "facts/poland.yaml:5:65: allies[POL].usSupport.armsImportsTiv: -5 is out of range >= 0");
    }

    @Test
    void realChangeByYearInJsonHasQuotedYears() {
        String json =
                "{\"allies\": [{\"id\": \"POL\", \"name\": \"P\", \"region\": \"E\",\n"
                        + "  \"budget\": {\"realChangeByYear\": {\"2023\": \"1.5\", \"y2024\": 2}}}]}";

        assertThat(Bad.problems(json, "facts/poland.json"))
                .containsExactly(
                        "facts/poland.json:2:43: allies[POL].budget.realChangeByYear.2023: expected a number, got \"1.5\"",
                        "facts/poland.json:2:50: allies[POL].budget.realChangeByYear.y2024: expected a year from 1900 to 2100, "
                                + "got 'y2024'");
    }

    @Test
    void unknownEnumValueListsTheAllowedOnes() {
        assertThat(Bad.problems(poland("    usSupport:\n      dependence: SOMETIMES\n"), FILE))
                .containsExactly(
                        "facts/poland.yaml:6:19: allies[POL].usSupport.dependence: unknown value 'SOMETIMES'; "
                                + "allowed: LOW, MEDIUM, HIGH");
    }

    @Test
    void unknownValueInAnEnumListNamesTheItem() {
        assertThat(Bad.problems(poland("    threat: {domains: [LAND, SEA]}\n"), FILE))
                .containsExactly(
                        "facts/poland.yaml:5:30: allies[POL].threat.domains[1]: unknown value 'SEA'; "
                                + "allowed: LAND, MARITIME, AIR, MISSILE, CYBER, SPACE, HYBRID");
    }

    @Test
    void missingNameOrRegionIsRequired() {
        assertThat(Bad.problems("allies:\n  - id: POL\n    region: ~\n", FILE))
                .containsExactly(
                        "facts/poland.yaml:2:5: allies[POL].name: required field is missing",
                        "facts/poland.yaml:3:13: allies[POL].region: required field is missing");
    }

    @Test
    void allyWithoutIdIsNamedByItsPosition() {
        assertThat(Bad.problems(poland("  - name: Lithuania\n    region: Europe-East\n"), FILE))
                .containsExactly("facts/poland.yaml:5:5: allies[1].id: required field is missing");
    }

    @Test
    void regionWithoutIdIsRequired() {
        assertThat(Bad.problems("regions:\n  - emergingPowerActivity: 3\n" + poland(""), FILE))
                .containsExactly("facts/poland.yaml:2:5: regions[0].id: required field is missing");
    }

    @Test
    void idMustBeAThreeLetterIsoCode() {
        assertThat(Bad.problems("allies:\n  - id: Poland\n    name: Poland\n    region: E\n", FILE))
                .containsExactly(
                        "facts/poland.yaml:2:9: allies[0].id: expected a 3-letter ISO 3166-1 alpha-3 code, "
                                + "got \"Poland\"");
    }

    @Test
    void duplicateAllyIdPointsAtTheFirst() {
        assertThat(
                        Bad.problems(
                                poland(
                                        "  - id: POL\n    name: Poland again\n    region: Europe-East\n"),
                                FILE))
                .containsExactly(
                        "facts/poland.yaml:5:9: allies[POL].id: duplicate ally id 'POL' (first at facts/poland.yaml:2)");
    }

    @Test
    void duplicateRegionIdPointsAtTheFirst() {
        String yaml = "regions:\n  - id: Europe-East\n  - id: Europe-East\n" + poland("");

        assertThat(Bad.problems(yaml, FILE))
                .containsExactly(
                        "facts/poland.yaml:3:9: regions[Europe-East].id: "
                                + "duplicate region id 'Europe-East' (first at facts/poland.yaml:2)");
    }

    @Test
    void tieToAnAllyOutsideTheSetIsReported() {
        assertThat(
                        Bad.problems(
                                poland(
                                        "    ties:\n      - {partner: XYZ, kind: COALITION, strength: 3}\n"),
                                FILE))
                .containsExactly(
                        "facts/poland.yaml:6:19: allies[POL].ties[0].partner: tie to unknown ally 'XYZ'");
    }

    @Test
    void tieToItselfIsReported() {
        assertThat(
                        Bad.problems(
                                poland(
                                        "    ties:\n      - {partner: POL, kind: COALITION, strength: 3}\n"),
                                FILE))
                .containsExactly(
                        "facts/poland.yaml:6:19: allies[POL].ties[0].partner: tie to itself");
    }

    @Test
    void tieNeedsKindAndStrength() {
        assertThat(
                        Bad.problems(
                                poland(
                                        "  - id: LTU\n    name: Lithuania\n    region: Europe-East\n"
                                                + "    ties:\n      - partner: POL\n"),
                                FILE))
                .containsExactly(
                        "facts/poland.yaml:9:9: allies[LTU].ties[0].kind: required field is missing",
                        "facts/poland.yaml:9:9: allies[LTU].ties[0].strength: required field is missing");
    }

    @Test
    void regionNotDeclaredListsTheDeclaredOnes() {
        String yaml =
                "regions:\n  - id: Europe-East\n  - id: Europe-North\n"
                        + "allies:\n  - {id: POL, name: Poland, region: Europe-Far}\n";

        assertThat(Bad.problems(yaml, FILE))
                .containsExactly(
                        "facts/poland.yaml:5:37: allies[POL].region: "
                                + "region 'Europe-Far' is not declared; declared: Europe-East, Europe-North");
    }

    @Test
    void regionsAreFreeWhenTheSetDeclaresNone() throws BadFactsException {
        assertThat(FactReader.read(poland(""), FILE).allies()).hasSize(1);
    }

    @Test
    void unknownFieldSuggestsNearestName() {
        assertThat(Bad.problems(poland("    budgt:\n      gdpUsdBn: 915\n"), FILE))
                .containsExactly(
                        "facts/poland.yaml:5:5: allies[POL].budgt: unknown field 'budgt'; did you mean 'budget'?");
    }

    @Test
    void unknownFieldSuggestionIgnoresCaseAndWorksInSections() {
        assertThat(Bad.problems(poland("    Budget: {defensePct: 2}\n"), FILE))
                .containsExactly(
                        "facts/poland.yaml:5:5: allies[POL].Budget: unknown field 'Budget'; did you mean 'budget'?");
        assertThat(Bad.problems(poland("    budget: {defensePct: 2}\n"), FILE))
                .containsExactly(
                        "facts/poland.yaml:5:14: allies[POL].budget.defensePct: unknown field 'defensePct'; "
                                + "did you mean 'defensePctGdp'?");
    }

    @Test
    void unknownFieldWithNothingNearListsTheKnownNames() {
        assertThat(Bad.problems(poland("    foo: 1\n"), FILE))
                .containsExactly(
                        "facts/poland.yaml:5:5: allies[POL].foo: unknown field 'foo'; known: budget, capabilities, diplomacy, "
                                + "id, interoperability, memberships, name, region, threat, ties, usSupport");
    }

    @Test
    void unknownTopLevelKeySuggestsNearestName() {
        assertThat(Bad.problems("alies:\n  - {id: POL, name: Poland, region: E}\n", FILE))
                .containsExactly(
                        "facts/poland.yaml:1:1: alies: unknown field 'alies'; did you mean 'allies'?");
    }

    @Test
    void repeatedKeyIsReported() {
        assertThat(Bad.problems(poland("    name: Polska\n"), FILE))
                .containsExactly("facts/poland.yaml:5:5: allies[POL].name: duplicate field 'name'");
    }

    @Test
    void emptyFileIsReportedAsAWhole() {
        assertThat(Bad.problems("", FILE)).containsExactly("facts/poland.yaml: empty fact file");
        assertThat(Bad.problems("# nothing yet\n\n   \n", FILE))
                .containsExactly("facts/poland.yaml: empty fact file");
        assertThat(Bad.problems(" \n", "facts/poland.json"))
                .containsExactly("facts/poland.json: empty fact file");
    }

    @Test
    void factSetWithoutAlliesIsReported() {
        assertThat(Bad.problems("meta:\n  title: Nobody\nallies: []\n", FILE))
                .containsExactly("facts/poland.yaml: no allies in the fact set");
    }

    @Test
    void unsupportedExtensionIsReported() {
        assertThat(Bad.problems("id: POL", "facts/poland.txt"))
                .containsExactly(
                        "facts/poland.txt: unsupported fact file type; use .yaml, .yml, .json or .csv");
    }

    @Test
    void fileWithSeveralProblemsReportsAllOfThemInLineOrder() {
        String yaml =
                """
                meta:
                  usSupportLevel: SOMETIMES
                allies:
                  - id: POL
                    name: Poland
                    region: Europe-East
                    budget: {defensePctGdp: high, equipmentPct: 104.2}
                    threat: {level: 3.5}
                  - id: Lithuania
                    name: Lithuania
                  - id: POL
                    name: Poland
                    region: Europe-East
                """;

        assertThat(Bad.problems(yaml, FILE))
                .containsExactly(
                        "facts/poland.yaml:2:19: meta.usSupportLevel: unknown value 'SOMETIMES'; allowed: FULL, REDUCED, MINIMAL",
                        "facts/poland.yaml:7:29: allies[POL].budget.defensePctGdp: expected a number, got \"high\"",
                        "facts/poland.yaml:7:49: allies[POL].budget.equipmentPct: 104.2 is out of range 0..100",
                        "facts/poland.yaml:8:21: allies[POL].threat.level: expected a whole number, got 3.5",
                        "facts/poland.yaml:9:5: allies[1].region: required field is missing",
                        "facts/poland.yaml:9:9: allies[1].id: expected a 3-letter ISO 3166-1 alpha-3 code, got \"Lithuania\"",
                        "facts/poland.yaml:11:9: allies[POL].id: duplicate ally id 'POL' (first at facts/poland.yaml:4)");
    }

    @Test
    void exceptionListsProblemsSortedByFileLineAndColumn() {
        BadFactsException e =
                catchThrowableOfType(
                        BadFactsException.class,
                        () ->
                                FactReader.read(
                                        poland(
                                                "    budget: {defensePctGdp: x, gdpUsdBn: y}\n    name: again\n"),
                                        FILE));

        assertThat(e.problems())
                .extracting(FactProblem::line, FactProblem::column)
                .containsExactly(tuple(5, 29), tuple(5, 42), tuple(6, 5));
        assertThat(e.problems().get(0))
                .isEqualTo(
                        new FactProblem(
                                FILE,
                                5,
                                29,
                                "allies[POL].budget.defensePctGdp",
                                "expected a number, got \"x\""));
    }
}
