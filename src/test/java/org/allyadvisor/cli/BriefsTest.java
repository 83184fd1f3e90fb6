package org.allyadvisor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Briefs people read (markdown, csv), the format an output file's name asks for, and the report
 * filters.
 */
class BriefsTest {

    private static final String FACTS = "src/test/resources/cli/two-allies.yaml";

    @TempDir Path temp;

    @Test
    void markdownBriefHasSummaryPortfolioAndEveryAllyWithItsPassages() {
        Cli run = Cli.run("assess", FACTS, "--format", "markdown");

        assertThat(run.exitCode()).isZero();
        assertThat(run.err()).isEmpty();
        assertThat(run.out())
                .startsWith(
                        "# Two test allies\n\nAs of 2025-06-30 · US support REDUCED · rules `built-in` (sha256 `")
                .contains("\n## Summary\n\n- 2 allies reported: 14 actions (")
                .contains(
                        "\n## Portfolio\n\nEvery action across allies, most urgent first.\n\n| # | Priority | Score | Ally | Action |\n")
                .contains("\n### XST — Strongland (Test-East)\n")
                .contains("\n### XWK — Weakland (Test-East)\n")
                .contains(
                        "\n1. **Upgrade missile defense systems** — HIGH, score 76.0, DEFENSE_TECHNOLOGY, TECH-2")
                .contains("   > Upgrade defense technologies: Investments in cyber defense")
                .contains("`rules/technology.csv:")
                .contains("\n**Risks**\n\n- **HIGH** STRETCHED_CAPACITY (RISK-1");
    }

    @Test
    void markdownShowsNamesFromFactsAsTextNeverAsMarkup() throws Exception {
        Path facts =
                Files.writeString(
                        temp.resolve("odd.yaml"),
                        Files.readString(Path.of(FACTS))
                                .replace(
                                        "name: Weakland",
                                        "name: \"*Weak* | [land](http://x) <b>\""));

        Cli run = Cli.run("assess", facts.toString(), "--format", "markdown", "--ally", "XWK");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out())
                .contains("\n### XWK — \\*Weak\\* \\| \\[land\\](http://x) \\<b\\> (Test-East)\n");
    }

    @Test
    void csvHasOneRowPerActionAndStartsWithAByteOrderMarkForExcel() throws Exception {
        Path sheet = temp.resolve("actions.csv");

        Cli run = Cli.run("assess", FACTS, "--output", sheet.toString());

        assertThat(run.exitCode()).isZero();
        List<String> lines = Files.readAllLines(sheet, StandardCharsets.UTF_8);
        assertThat(lines.get(0))
                .isEqualTo(
                        "\uFEFFally,allyName,region,rank,priority,score,category,ruleIds,title,evidence,judged,actionId");
        assertThat(lines).hasSize(1 + 14);
        assertThat(lines.get(1)).startsWith("XST,Strongland,Test-East,1,");
        assertThat(Files.readString(sheet)).contains("\r\n");
    }

    @Test
    void csvCellThatASpreadsheetWouldRunAsAFormulaReadsAsText() throws Exception {
        Path facts =
                Files.writeString(
                        temp.resolve("formula.yaml"),
                        Files.readString(Path.of(FACTS))
                                .replace(
                                        "name: Weakland",
                                        "name: \"=HYPERLINK(\\\"http://evil\\\",\\\"x\\\")\""));

        Cli run = Cli.run("assess", facts.toString(), "--format", "csv", "--ally", "XWK");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out().lines().skip(1))
                .allSatisfy(row -> assertThat(row).startsWith("XWK,\"'=HYPERLINK("));
    }

    @Test
    void outputFileNameChoosesTheFormatWhenNoneIsGiven() throws Exception {
        Path json = temp.resolve("brief.json");
        Path markdown = temp.resolve("brief.MD");

        assertThat(Cli.run("assess", FACTS, "-o", json.toString()).exitCode()).isZero();
        assertThat(Cli.run("assess", FACTS, "-o", markdown.toString()).exitCode()).isZero();

        assertThat(Files.readString(json))
                .startsWith("{\n  \"schema\": \"ally-advisor/assessment/1\"");
        assertThat(Files.readString(markdown)).startsWith("# Two test allies\n");
    }

    @Test
    void htmlBriefIsOneFileThatEscapesWhatTheFactsSay() throws Exception {
        Path facts =
                Files.writeString(
                        temp.resolve("odd.yaml"),
                        Files.readString(Path.of(FACTS))
                                .replace(
                                        "name: Weakland",
                                        "name: \"<script>alert(1)</script> & Co\""));
        Path html = temp.resolve("brief.html");

        Cli run = Cli.run("assess", facts.toString(), "-o", html.toString());

        assertThat(run.exitCode()).isZero();
        String page = Files.readString(html);
        assertThat(page)
                .startsWith("<!DOCTYPE html>")
                .contains("id=\"spending-chart\"")
                .contains("id=\"priority-matrix\"")
                .contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp; Co")
                .doesNotContain("<script>");
    }

    @Test
    void givenFormatWinsOverTheFileName() throws Exception {
        Path file = temp.resolve("brief.json");

        Cli.run("assess", FACTS, "-o", file.toString(), "--format", "table");

        assertThat(Files.readString(file)).startsWith("Two test allies (as of 2025-06-30)\n");
    }

    @Test
    void fileNameOfAFormatThisCommandCannotWriteIsAUsageErrorAndWritesNothing() {
        Path file = temp.resolve("brief.pdf");

        Cli run = Cli.run("assess", FACTS, "-o", file.toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err())
                .isEqualTo(
                        "ally-advisor: cannot write "
                                + file
                                + " as .pdf; give --format table, json, markdown, csv or html, or another file name\n");
        assertThat(file).doesNotExist();
    }

    @Test
    void categoryFilterKeepsEachActionsRankAmongAllOfItsAllysActions() {
        Cli all = Cli.run("assess", FACTS, "--ally", "XWK", "--format", "csv");
        Cli budgets =
                Cli.run(
                        "assess",
                        FACTS,
                        "--ally",
                        "XWK",
                        "--format",
                        "csv",
                        "--category",
                        "sustainable_budgets");

        assertThat(budgets.exitCode()).isZero();
        List<String> expected =
                all.out().lines().filter(row -> row.contains(",SUSTAINABLE_BUDGETS,")).toList();
        assertThat(expected).isNotEmpty();
        assertThat(budgets.out().lines().skip(1).toList()).isEqualTo(expected);
    }

    @Test
    void minPriorityDropsLowerActionsAndRisks() {
        Cli run = Cli.run("assess", FACTS, "--min-priority", "high");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out())
                .contains("  HIGH  ")
                .doesNotContain(" MEDIUM ")
                .doesNotContain(" LOW ");
    }

    @Test
    void topCountsAfterTheFilters() {
        Cli run =
                Cli.run(
                        "assess",
                        FACTS,
                        "--ally",
                        "XWK",
                        "--format",
                        "csv",
                        "--category",
                        "SUSTAINABLE_BUDGETS",
                        "--top",
                        "1");

        assertThat(run.out().lines().skip(1).toList())
                .singleElement()
                .asString()
                .contains(",SUSTAINABLE_BUDGETS,");
    }

    @Test
    void allyIsFoundInAnyCase() {
        Cli run = Cli.run("assess", FACTS, "--ally", "xwk");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("XWK  Weakland").doesNotContain("XST  Strongland");
    }

    @Test
    void misspeltAllyGetsTheNearestId() {
        Cli run = Cli.run("assess", FACTS, "--ally", "XWX");

        run.assertFailed(2, "ally-advisor: no ally 'XWX' in " + FACTS + "; did you mean 'XWK'?\n");
    }

    @Test
    void unknownCategoryIsAUsageErrorListingTheCategories() {
        Cli run = Cli.run("assess", FACTS, "--category", "BUDGETS");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err())
                .startsWith(
                        "ally-advisor: Invalid value for option '--category' (CATEGORY): expected one of [SUSTAINABLE_BUDGETS, ");
    }
}
