package org.allyadvisor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.allyadvisor.rules.RuleFolder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AssessUncertaintyTest {

    private static final String FACTS = "src/test/resources/uncertainty/near-and-far.yaml";
    private static final String BAD_RANGES = "src/test/resources/uncertainty/bad-ranges.yaml";

    @TempDir Path temp;

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "--uncertainty 0|--uncertainty takes a whole number of variants from 1 to 10000000, got 0",
                "--uncertainty -5|--uncertainty takes a whole number of variants from 1 to 10000000, got -5",
                "--uncertainty many|--uncertainty takes a whole number of variants from 1 to 10000000, got 'many'",
                "--uncertainty 10 --seed x|--seed takes a whole number (from -9223372036854775808 to 9223372036854775807), got 'x'",
                "--seed 7|--seed needs --uncertainty N: the seed is what the N variants are drawn from",
                "--uncertainty 10 --format csv|--uncertainty writes table, json, markdown or html, not csv"
            })
    void aBadStudyIsOneLineOfUsageError(String options, String message) {
        String[] args = ("assess " + FACTS + " " + options).split(" ");

        Cli run = Cli.run(args);

        run.assertFailed(2, "ally-advisor: " + message + "\n");
    }

    @Test
    void badFactRangesAreLocatedAndExitThree() {
        Cli run = Cli.run("assess", BAD_RANGES, "--uncertainty", "10");

        assertThat(run.exitCode()).isEqualTo(3);
        assertThat(run.out()).isEmpty();
        assertThat(run.err().lines())
                .hasSize(5)
                .first()
                .asString()
                .isEqualTo(
                        BAD_RANGES
                                + ":10:14: uncertainty[0].fields: unknown field 'budget.defensePctGpd'; did you mean 'budget.defensePctGdp'?");
    }

    @Test
    void badThresholdRangesAreLocatedAndExitFour() throws Exception {
        RuleFolder folder = RuleFolder.copyOfShipped(temp);
        Path thresholds = folder.dir().resolve("thresholds.yaml");
        Files.writeString(
                thresholds,
                Files.readString(thresholds) + "\nuncertainty:\n  budget.floorPctGdp: ±-1\n");

        Cli run =
                Cli.run("assess", FACTS, "--rules", folder.dir().toString(), "--uncertainty", "10");

        assertThat(run.exitCode()).isEqualTo(4);
        assertThat(run.out()).isEmpty();
        assertThat(run.err())
                .matches(
                        ".*thresholds\\.yaml:\\d+:3: error: uncertainty\\.budget\\.floorPctGdp: the width must"
                                + " not be negative, got -1\n");
    }

    @Test
    void theSameSeedGivesByteIdenticalJson() {
        Cli first =
                Cli.run("assess", FACTS, "--uncertainty", "120", "--seed", "9", "--format", "json");
        Cli second =
                Cli.run("assess", FACTS, "--uncertainty", "120", "--seed", "9", "--format", "json");
        Cli other =
                Cli.run(
                        "assess",
                        FACTS,
                        "--uncertainty",
                        "120",
                        "--seed",
                        "10",
                        "--format",
                        "json");

        assertThat(first.exitCode()).isZero();
        assertThat(first.err()).isEmpty();
        assertThat(first.out())
                .startsWith("{\n  \"schema\": \"ally-advisor/uncertainty/1\",\n")
                .contains("\"variants\": 120,\n    \"seed\": 9,")
                .contains("\"firmness\": \"firm\"");
        assertThat(second.out()).isEqualTo(first.out());
        assertThat(other.out()).isNotEqualTo(first.out());
    }

    @Test
    void theTableSaysWhichPrioritiesAreTossUps() {
        Cli run = Cli.run("assess", FACTS, "--uncertainty", "200", "--seed", "3");

        assertThat(run.exitCode()).isZero();
        assertThat(run.err()).isEmpty();
        assertThat(run.out())
                .startsWith("Near and far from the floor (as of 2025-06-30)\n")
                .contains(
                        "How firm is the advice: 200 variants (seed 3), each value drawn uniformly within its declared range\n")
                .contains(
                        "  budget.defensePctGdp ±0.1 for 2 allies: test data: a share known to a tenth of a point\n")
                .contains(
                        "   1  HIGH       62.0  firm        100.0%  100.0%  1      Raise defense spending to the 2% of GDP floor  HIGH 100.0%\n")
                .contains(
                        "How firm is the portfolio: of 2 priorities, 1 firm, 0 likely, 1 toss-up, 0 unlikely\n")
                .containsPattern(
                        "Toss-ups: the priority holds in 35% to 65% of variants\n  MEDIUM     51\\.9  XNR  \\d\\d\\.\\d%   Raise");
    }

    @Test
    void theMarkdownBriefHasAHowFirmSection() {
        Cli run = Cli.run("assess", FACTS, "--uncertainty", "50", "--format", "markdown");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out())
                .startsWith("# How firm is the advice: Near and far from the floor\n")
                .contains("\n## Ranges\n\n- budget.defensePctGdp ±0.1 for 2 allies:")
                .contains("\n## How firm is the portfolio\n\nOf 2 priorities: ")
                .contains(
                        "| 1 | HIGH | 62.0 | firm | 100.0% | 100.0% | 1 | Raise defense spending to the 2% of GDP floor | HIGH 100.0% |");
    }

    @Test
    void theHtmlBriefMarksEachActionAndSaysHowFirm() throws Exception {
        Path brief = temp.resolve("brief.html");

        Cli run = Cli.run("assess", FACTS, "--uncertainty", "50", "-o", brief.toString());

        assertThat(run.exitCode()).isZero();
        String html = Files.readString(brief);
        assertThat(html)
                .contains("<h2 id=\"how-firm\">How firm</h2>")
                .contains(
                        "<li>budget.defensePctGdp ±0.1 for 2 allies: test data: a share known to a tenth of a point")
                .contains(
                        "<span class=\"firm firm-firm\" title=\"rank 1 in 90% of variants; held HIGH 100.0%\">firm 100.0%</span>")
                .containsPattern(
                        java.util.regex.Pattern.compile(
                                "<table id=\"not-firm\">.*XNR", java.util.regex.Pattern.DOTALL));
    }
}
