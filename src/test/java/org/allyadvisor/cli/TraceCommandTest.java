package org.allyadvisor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.allyadvisor.rules.RuleFolder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TraceCommandTest {

    private static final String FACTS = "src/test/resources/cli/two-allies.yaml";

    @TempDir Path temp;

    @Test
    void tracePrintsEachPassageWithItsRulesAndWhatTheyRaised() {
        Cli run = Cli.run("trace", FACTS);

        assertThat(run.exitCode()).isZero();
        assertThat(run.err()).isEmpty();
        assertThat(run.out())
                .startsWith(
                        "Traceability: Two test allies (as of 2025-06-30)\n"
                                + "US support: REDUCED   Rules: built-in (sha256 ")
                .contains("\nSource: rules/source/article.txt\n")
                .contains(
                        "\n— Navigating the New Defense Landscape Recommendations for Allied Cooperation (line 17)\n")
                .contains(
                        "\n  23:3   \"Focus on sustainable defense budgets: Allocating resources wisely ensures readiness and\n")
                .contains(
                        "\n         BUD-1  Defense spending below the NATO floor (DRL, rules/budget.drl:")
                .contains(
                        "\n  4:1    \"Among the key components of this new policy are:\"\n         no rule encodes this passage\n")
                .contains("\nPassages no rule encodes (")
                .endsWith("\nRules whose passage is not in the source (0): none\n");
    }

    @Test
    void jsonNamesItsSchemaAndIsByteIdenticalAcrossRuns() {
        Cli first = Cli.run("trace", FACTS, "--format", "json");
        Cli second = Cli.run("trace", FACTS, "--format", "json");

        assertThat(first.exitCode()).isZero();
        assertThat(first.out())
                .startsWith("{\n  \"schema\": \"ally-advisor/trace/1\",\n")
                .contains("\"kind\": \"listItem\"")
                .contains("\"quotes\": \"part\"");
        assertThat(second.out()).isEqualTo(first.out());
    }

    @Test
    void outputFileExtensionChoosesMarkdownOrHtml() throws Exception {
        Path markdown = temp.resolve("trace.md");
        Path html = temp.resolve("trace.html");

        assertThat(Cli.run("trace", FACTS, "-o", markdown.toString()).exitCode()).isZero();
        assertThat(Cli.run("trace", FACTS, "-o", html.toString()).exitCode()).isZero();

        assertThat(Files.readString(markdown))
                .startsWith("# Traceability: Two test allies (as of 2025-06-30)\n")
                .contains("\n| line | passage | rules | raised on these facts |\n");
        assertThat(Files.readString(html))
                .startsWith("<!DOCTYPE html>")
                .contains("<section id=\"traceability\"")
                .contains("<table id=\"traceability-matrix\">");
    }

    @Test
    void editedSourceListsTheRuleItNoLongerBacksAndEscapesItsText() throws Exception {
        RuleFolder rules =
                RuleFolder.copyOfShipped(temp)
                        .replaceIn(
                                "source/article.txt",
                                "- Increasing training and advisory roles",
                                "- Expanding <b>training</b> and advisory roles");
        Path html = temp.resolve("trace.html");

        Cli table = Cli.run("trace", FACTS, "--rules", rules.dir().toString());
        Cli markdown =
                Cli.run("trace", FACTS, "--rules", rules.dir().toString(), "--format", "markdown");
        Cli page =
                Cli.run("trace", FACTS, "--rules", rules.dir().toString(), "-o", html.toString());

        assertThat(table.exitCode()).isZero();
        String stale =
                table.out()
                        .substring(
                                table.out()
                                        .indexOf(
                                                "\nRules whose passage is not in the source (1):\n"));
        assertThat(stale)
                .contains(
                        "\n  US-3  Low interoperability: ask for training and advice, not forces (DRL,")
                .contains(rules.shown("us-assistance.drl") + ":")
                .contains(
                        "quotes \"Increasing training and advisory roles rather than deploying substantial U.S. forces");
        assertThat(markdown.out()).contains("Expanding \\<b\\>training\\</b\\> and advisory roles");
        assertThat(page.exitCode()).isZero();
        assertThat(Files.readString(html))
                .contains("Expanding &lt;b&gt;training&lt;/b&gt; and advisory roles")
                .doesNotContain("<b>training</b>");
    }

    @Test
    void ruleFolderWithoutSourceTextIsTracedWithAWarning() throws Exception {
        RuleFolder rules = RuleFolder.copyOfShipped(temp).delete("source/article.txt");

        Cli run = Cli.run("trace", FACTS, "--rules", rules.dir().toString());

        assertThat(run.exitCode()).isZero();
        assertThat(run.err())
                .isEqualTo(
                        rules.dir()
                                + "/source/: warning: no source text: no passage to trace, so every rule "
                                + "is listed as quoting words not in the source; put the document the rules quote here\n");
        assertThat(run.out())
                .contains(
                        "\nSource: none (the rule set has no source/ folder of .txt or .md files)\n")
                .contains("\nPassages no rule encodes (0): none\n")
                .contains("\nRules whose passage is not in the source (36):\n");
    }

    @Test
    void badFactsExitWithThreeAndPrintNothing() throws Exception {
        Path facts = BadInput.factsOutOfRange(temp);

        Cli run = Cli.run("trace", facts.toString());

        run.assertFailed(3, BadInput.outOfRange(facts));
    }

    @Test
    void rulesThatDoNotCompileExitWithFour() {
        RuleFolder rules = BadInput.brokenRules(temp);

        Cli run = Cli.run("trace", FACTS, "--rules", rules.dir().toString());

        run.assertFailed(4, BadInput.doesNotCompile(rules));
    }

    @Test
    void csvIsAUsageError() {
        Cli run = Cli.run("trace", FACTS, "--format", "csv");

        run.assertFailed(2, "ally-advisor: trace writes table, json, markdown or html, not csv\n");
    }

    @Test
    void unknownAllyIsAUsageErrorNamingTheNearest() {
        Cli run = Cli.run("trace", FACTS, "--ally", "XSX");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.err())
                .startsWith("ally-advisor: no ally 'XSX' in " + FACTS + "; did you mean");
    }

    @Test
    void allyNarrowsWhatTheRulesAreSeenToRaise() {
        Cli run = Cli.run("trace", FACTS, "--ally", "xst", "--format", "json");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("\"ally\": \"XST\"").doesNotContain("\"ally\": \"XWK\"");
    }
}
