package org.allyadvisor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.allyadvisor.rules.RuleFolder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SweepCommandTest {

    private static final String FACTS = "src/test/resources/cli/two-allies.yaml";

    @TempDir Path temp;

    private static void usageError(Cli run, String message) {
        assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).isEqualTo("ally-advisor: " + message + "\n");
    }

    @Test
    void aThresholdSweepSaysWhereEachAllysAdviceFlips() {
        Cli run = Cli.run("sweep", FACTS, "--threshold", "budget.floorPctGdp");

        assertThat(run.exitCode()).isZero();
        assertThat(run.err()).isEmpty();
        assertThat(run.out())
                .startsWith(
                        "Flip points of budget.floorPctGdp over 1.5001..3 (now 2; range: ±50 % of the value "
                                + "now; below 1.5001\n    refused (at 1: budget.farBelowFloorPctGdp: must be at least 0 and below "
                                + "budget.floorPctGdp\n    (1.0)))\nFacts: Two test allies (as of 2025-06-30)\n")
                .contains(
                        "\nXWK  Weakland\n  BUD-1  Raise defense spending to the 2% of GDP floor  (now HIGH)\n"
                                + "    none <= 1.9 < HIGH\n    disappears for floorPctGdp <= 1.9\n")
                .endsWith(
                        "\n1 flip for 1 ally; 1 other ally's advice stays the same over 1.5001..3.\n");
    }

    @Test
    void aFactSweepNamesTheValueAtWhichAdviceWouldAppear() {
        Cli run =
                Cli.run("sweep", FACTS, "--fact", "xst.budget.realChangePct", "--range", "-5..20");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out())
                .startsWith(
                        "Flip points of XST.budget.realChangePct over -5..20 (now 15; range: --range)\n")
                .contains("\nXST  Strongland\n")
                .contains(
                        "  BUD-5  Restore real growth in defense spending  (now none)\n    HIGH < 0 <= none\n"
                                + "    appears as HIGH for XST.budget.realChangePct < 0\n");
    }

    @Test
    void theRankingListsEveryThresholdTheRulesReadWithTheMostSensitiveFirst() throws Exception {
        Cli run = Cli.run("sweep", FACTS, "--format", "json");

        assertThat(run.exitCode()).isZero();
        JsonNode json = new ObjectMapper().readTree(run.out());
        assertThat(json.get("schema").asText()).isEqualTo("ally-advisor/sensitivity/1");
        JsonNode rows = json.get("thresholds");
        assertThat(rows.size()).isGreaterThan(30);
        for (int i = 1; i < rows.size(); i++) {
            assertThat(rows.get(i).get("allies").asInt())
                    .isLessThanOrEqualTo(rows.get(i - 1).get("allies").asInt());
        }
        assertThat(rows)
                .anyMatch(r -> r.get("threshold").asText().equals("scoring.priorityFrom.HIGH"));
        // a year is tried ±10 % of the years to it from the as-of year (10 years: ±1, at least one
        // step), not ±203 years
        assertThat(rows)
                .filteredOn(r -> r.get("threshold").asText().equals("budget.coreTargetYear"))
                .singleElement()
                .satisfies(
                        r ->
                                assertThat(r.get("window").toString())
                                        .isEqualTo("{\"lo\":2034,\"hi\":2036}"));
    }

    @Test
    void theJsonOfASweepNamesItsSchemaAndEachFlip() throws Exception {
        Path out = temp.resolve("sweep.json");

        Cli run =
                Cli.run("sweep", FACTS, "--threshold", "budget.floorPctGdp", "-o", out.toString());

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).isEmpty();
        JsonNode json = new ObjectMapper().readTree(Files.readString(out));
        assertThat(json.get("schema").asText()).isEqualTo("ally-advisor/sweep/1");
        assertThat(json.at("/swept/name").asText()).isEqualTo("budget.floorPctGdp");
        assertThat(json.at("/allies/0/advice/0/flips/0").toString())
                .isEqualTo(
                        "{\"at\":1.9,\"inclusive\":false,"
                                + "\"exact\":true,\"below\":null,\"above\":\"HIGH\",\"change\":\"appears\"}");
    }

    @Test
    void theMarkdownIsATableOfFlips() {
        Cli run =
                Cli.run(
                        "sweep",
                        FACTS,
                        "--threshold",
                        "budget.floorPctGdp",
                        "--format",
                        "markdown");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out())
                .startsWith("# Flip points of `budget.floorPctGdp`\n\n")
                .contains(
                        "| XWK | BUD-1 | Raise defense spending to the 2% of GDP floor | HIGH | `none <= 1.9 < HIGH` | "
                                + "disappears for floorPctGdp \\<= 1.9 |\n");
    }

    @Test
    void theSameSweepGivesTheSameBytes() {
        assertThat(
                        Cli.run(
                                        "sweep",
                                        FACTS,
                                        "--threshold",
                                        "scoring.priorityFrom.HIGH",
                                        "--format",
                                        "json")
                                .out())
                .isEqualTo(
                        Cli.run(
                                        "sweep",
                                        FACTS,
                                        "--threshold",
                                        "scoring.priorityFrom.HIGH",
                                        "--format",
                                        "json")
                                .out());
    }

    @Test
    void anUnknownThresholdNamesTheNearest() {
        usageError(
                Cli.run("sweep", FACTS, "--threshold", "budget.floorPctGpd"),
                "--threshold: unknown threshold 'budget.floorPctGpd'; did you mean 'budget.floorPctGdp'?");
    }

    @Test
    void aThresholdThatIsNoNumberIsRefused() {
        usageError(
                Cli.run("sweep", FACTS, "--threshold", "usAssistance.relianceFrom"),
                "--threshold: threshold usAssistance.relianceFrom is MEDIUM, not a number: sweep varies numbers");
        usageError(
                Cli.run("sweep", FACTS, "--threshold", "budget"),
                "--threshold: 'budget' is a section of thresholds; name one of its numbers, such as budget.floorPctGdp");
    }

    @Test
    void anUnknownAllyOrFactNamesTheNearest() {
        usageError(
                Cli.run("sweep", FACTS, "--fact", "XWQ.budget.defensePctGdp"),
                "--fact: no ally 'XWQ' in the facts; did you mean 'XWK'?");
        usageError(
                Cli.run("sweep", FACTS, "--fact", "XWK.budget.defencePctGdp"),
                "--fact: unknown fact 'budget.defencePctGdp'; did you mean 'budget.defensePctGdp'?");
    }

    @Test
    void aFactThatIsNoNumberOrAGapIsRefused() {
        usageError(
                Cli.run("sweep", FACTS, "--fact", "XWK.threat.domains"),
                "--fact: fact threat.domains is not a number "
                        + "(enum list): sweep varies numeric facts, such as budget.gdpUsdBn, budget.defenseUsdM, budget.defensePctGdp");
        usageError(
                Cli.run("sweep", FACTS, "--fact", "XWK.interoperability.score"),
                "--fact: XWK.interoperability.score is a data gap: give --range LO..HI to sweep it");
    }

    @Test
    void aBadOrEmptyRangeIsAUsageError() {
        usageError(
                Cli.run("sweep", FACTS, "--threshold", "budget.floorPctGdp", "--range", "3..1"),
                "--range: the range 3..1 is empty: its low end must be below its high end");
        usageError(
                Cli.run("sweep", FACTS, "--threshold", "budget.floorPctGdp", "--range", "x"),
                "--range: expected a range LO..HI of two numbers, such as 1.5..3, got 'x'");
        usageError(
                Cli.run("sweep", FACTS, "--threshold", "budget.floorPctGdp", "--range", "-5..-1"),
                "--threshold: no value of -5..-1 can be held: at -5, budget.floorPctGdp: must be above 0, got -5.0; "
                        + "at -1, budget.floorPctGdp: must be above 0, got -1.0");
    }

    @Test
    void aThresholdAndAFactTogetherAreAUsageError() {
        usageError(
                Cli.run(
                        "sweep",
                        FACTS,
                        "--threshold",
                        "budget.floorPctGdp",
                        "--fact",
                        "XWK.budget.defensePctGdp"),
                "give --threshold NAME or --fact ALLY.FIELD, not both");
    }

    @Test
    void badFactsExitThreeAndBrokenRulesFour() throws Exception {
        Path facts =
                Files.writeString(
                        temp.resolve("bad.yaml"),
                        "allies:\n  - id: XWK\n    name: W\n    region: R\n    budget: {defensePctGdp: lots}\n");
        Cli bad = Cli.run("sweep", facts.toString(), "--threshold", "budget.floorPctGdp");
        assertThat(bad.exitCode()).isEqualTo(ExitCodes.BAD_FACTS);
        assertThat(bad.out()).isEmpty();

        RuleFolder broken = RuleFolder.copyOfShipped(temp).replaceIn("budget.drl", "then", "thn");
        Cli rules =
                Cli.run(
                        "sweep",
                        FACTS,
                        "--rules",
                        broken.dir().toString(),
                        "--threshold",
                        "budget.floorPctGdp");
        assertThat(rules.exitCode()).isEqualTo(ExitCodes.BAD_RULES);
        assertThat(rules.out()).isEmpty();
    }
}
