package org.allyadvisor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.allyadvisor.rules.RuleFolder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WhatIfCommandTest {

    private static final String FACTS = "src/test/resources/cli/two-allies.yaml";

    @TempDir Path temp;

    @Test
    void setShowsEachChangedAllyInOneLineThenItsActions() {
        Cli run = Cli.run("whatif", FACTS, "--set", "XWK.budget.defensePctGdp=2.5");

        assertThat(run.exitCode()).isZero();
        assertThat(run.err()).isEmpty();
        assertThat(run.out())
                .startsWith(
                        "What if: XWK.budget.defensePctGdp=2.5 (a hypothesis)\n"
                                + "Baseline: Two test allies (as of 2025-06-30); US support REDUCED; rules built-in (sha256 ")
                .contains(
                        "\nVariant 1: XWK.budget.defensePctGdp=2.5\n  Changes: XWK.budget.defensePctGdp=2.5\n"
                                + "  Assessed under US support REDUCED with rules built-in (sha256 ")
                .contains(
                        "\n  1 ally changed, 1 unchanged\n  XWK: loses BUD-1 (HIGH); BUD-3 #6 → #5\n\n  XWK  Weakland\n"
                                + "   CHANGE   BEFORE             AFTER              SCORE  ACTION   TITLE\n"
                                + "   lost     #5 HIGH 62.3       -                  -62.3  BUD-1    Raise defense spending to the 2% of GDP floor\n"
                                + "   changed  #6 MEDIUM 47.9     #5 MEDIUM 47.9     ±0.0   BUD-3    Shift spending toward equipment and capability\n")
                .doesNotContain("XST  Strongland");
    }

    @Test
    void aTildeMakesTheFieldADataGap() {
        Cli run = Cli.run("whatif", FACTS, "--set", "XWK.budget.equipmentPct=~");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("\n  XWK: loses BUD-3 (MEDIUM)");
    }

    @Test
    void supportRunsTheVariantUnderAnotherLevel() {
        Cli run = Cli.run("whatif", FACTS, "--support", "minimal");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out())
                .contains("\nVariant 1: US support MINIMAL\n")
                .contains("  Assessed under US support MINIMAL with rules built-in")
                .contains("\n  2 allies changed, 0 unchanged\n")
                .contains("\n  XST: REG-1 MEDIUM → HIGH, #5 → #3;")
                .contains("\n  XWK: score 76.0 → 80.0\n");
    }

    @Test
    void scenarioComparesEveryVariantWithTheBaseline() throws Exception {
        Path scenario =
                Files.writeString(
                        temp.resolve("scenario.yaml"),
                        """
                title: "Hypothesis: Weakland at the floor"
                variants:
                  - name: Weakland at the floor
                    set:
                      XWK.budget.defensePctGdp: 2.0
                  - name: Less US support
                    support: MINIMAL
                """);

        Cli run = Cli.run("whatif", FACTS, "--scenario", scenario.toString());

        assertThat(run.exitCode()).isZero();
        assertThat(run.out())
                .startsWith("What if: Hypothesis: Weakland at the floor\n")
                .contains(
                        "\nVariant 1: Weakland at the floor\n  Changes: XWK.budget.defensePctGdp: 2.0\n")
                .contains("\nVariant 2: Less US support\n  Changes: US support MINIMAL\n");
    }

    @Test
    void againstComparesTwoRuleFoldersAndNamesWhatDiffers() {
        RuleFolder draft =
                RuleFolder.copyOfShipped(temp)
                        .replaceIn("thresholds.yaml", "floorPctGdp: 2.0", "floorPctGdp: 1.8");

        Cli run = Cli.run("whatif", FACTS, "--rules", "rules", "--against", draft.dir().toString());

        assertThat(run.exitCode()).isZero();
        assertThat(run.err()).isEmpty();
        assertThat(run.out())
                .startsWith("What if: the rules of " + draft.dir() + " instead of those of rules\n")
                .contains(
                        "\nRules compared: rules/ → "
                                + draft.dir()
                                + "/\n  Rules that differ: none\n"
                                + "  Thresholds that differ:\n    budget.floorPctGdp: 2.0 → 1.8\n")
                .contains("\n  XWK: loses BUD-1 (HIGH); BUD-3 #6 → #5\n");
    }

    @Test
    void againstInJsonListsTheRulesAndThresholdsThatDiffer() {
        RuleFolder draft =
                RuleFolder.copyOfShipped(temp)
                        .replaceIn("thresholds.yaml", "floorPctGdp: 2.0", "floorPctGdp: 1.8")
                        .delete("diplomacy.dslr")
                        .delete("diplomacy.dsl");

        Cli run =
                Cli.run(
                        "whatif",
                        FACTS,
                        "--rules",
                        "rules",
                        "--against",
                        draft.dir().toString(),
                        "--format",
                        "json");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out())
                .contains(
                        """
                  "rulesCompared": {
                    "before": "rules/",
                    "after": "%s/",
                    "rules": [
                      {
                        "id": "DIP-1",
                        "change": "removed",
                        "what": []
                      },
                      {
                        "id": "DIP-2",
                        "change": "removed",
                        "what": []
                      }
                    ],
                    "thresholds": [
                      {
                        "path": "budget.floorPctGdp",
                        "before": "2.0",
                        "after": "1.8"
                      }
                    ]
                  },
                """
                                .formatted(draft.dir()));
    }

    @Test
    void topBelowOneIsAUsageError() {
        Cli run = Cli.run("whatif", FACTS, "--support", "FULL", "--top", "0");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).isEqualTo("ally-advisor: --top must be at least 1, got 0\n");
    }

    @Test
    void badSetValueIsOneLineNamingTheOptionAndTheField() {
        Cli run = Cli.run("whatif", FACTS, "--set", "XWK.budget.defensePctGdp=lots");

        run.assertFailed(3, "--set: XWK.budget.defensePctGdp: expected a number, got \"lots\"\n");
    }

    @Test
    void unknownAllyAndFieldOfASetAreNamedWithTheNearestKnown() {
        Cli run =
                Cli.run(
                        "whatif",
                        FACTS,
                        "--set",
                        "XWL.threat.level=3",
                        "--set",
                        "XWK.budget.defensPctGdp=2");

        assertThat(run.exitCode()).isEqualTo(3);
        assertThat(run.err())
                .isEqualTo(
                        "--set: XWL.threat.level: no ally 'XWL' in the facts; did you mean 'XWK'?\n"
                                + "--set: XWK.budget.defensPctGdp: unknown field 'budget.defensPctGdp'; did you mean 'budget.defensePctGdp'?\n");
    }

    @Test
    void setValueThatIsNotYamlIsBadFacts() {
        Cli run = Cli.run("whatif", FACTS, "--set", "XWK.memberships=[NATO");

        assertThat(run.exitCode()).isEqualTo(3);
        assertThat(run.err())
                .startsWith("--set XWK.memberships:1:6: syntax: ")
                .doesNotContain("\tat ");
    }

    @Test
    void setWithoutAnEqualsSignIsAUsageError() {
        Cli run = Cli.run("whatif", FACTS, "--set", "XWK.budget.defensePctGdp");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err())
                .isEqualTo(
                        "ally-advisor: --set wants ALLY.FIELD=VALUE, such as "
                                + "POL.budget.defensePctGdp=3.0, got 'XWK.budget.defensePctGdp'\n");
    }

    @Test
    void nothingToCompareIsAUsageError() {
        Cli run = Cli.run("whatif", FACTS);

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err())
                .isEqualTo(
                        "ally-advisor: nothing to compare: give --set ALLY.FIELD=VALUE, --support LEVEL, "
                                + "--scenario FILE or --against DIR\n");
    }

    @Test
    void scenarioBesideSetIsAUsageError() throws Exception {
        Path scenario =
                Files.writeString(
                        temp.resolve("s.yaml"),
                        "title: t\nvariants:\n  - name: a\n    support: FULL\n");

        Cli run = Cli.run("whatif", FACTS, "--scenario", scenario.toString(), "--support", "FULL");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).startsWith("ally-advisor: --scenario gives the variants");
    }

    @Test
    void unknownKeyOfAScenarioFileIsLocatedWithTheNearestKey() throws Exception {
        Path scenario =
                Files.writeString(
                        temp.resolve("s.yaml"),
                        """
                title: t
                variants:
                  - name: a
                    suport: FULL
                """);

        Cli run = Cli.run("whatif", FACTS, "--scenario", scenario.toString());

        assertThat(run.exitCode()).isEqualTo(3);
        assertThat(run.err())
                .isEqualTo(
                        scenario
                                + ":3:5: variants[1]: a variant needs set:, support: or both\n"
                                + scenario
                                + ":4:5: variants[1].suport: unknown key 'suport'; did you mean 'support'?\n");
    }

    @Test
    void aBrokenAgainstFolderIsBadRules() {
        RuleFolder draft = RuleFolder.copyOfShipped(temp).withTestRule("broken-syntax.drl");

        Cli run = Cli.run("whatif", FACTS, "--against", draft.dir().toString());

        assertThat(run.exitCode()).isEqualTo(4);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).contains("broken-syntax.drl:").doesNotContain("\tat ");
    }

    @Test
    void htmlIsOnePageWithEveryValueEscaped() throws Exception {
        Path page = temp.resolve("whatif.html");
        Path scenario =
                Files.writeString(
                        temp.resolve("s.yaml"),
                        """
                title: "<script>alert(1)</script> Weakland at 2.5"
                variants:
                  - name: raised
                    set:
                      XWK.budget.defensePctGdp: 2.5
                """);

        Cli run =
                Cli.run(
                        "whatif",
                        FACTS,
                        "--scenario",
                        scenario.toString(),
                        "--output",
                        page.toString());

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).isEmpty();
        String html = Files.readString(page);
        assertThat(html)
                .startsWith("<!DOCTYPE html>")
                .contains("<h1>What if: &lt;script&gt;alert(1)&lt;/script&gt; Weakland at 2.5</h1>")
                .contains("<li>XWK: loses BUD-1 (HIGH); BUD-3 #6 → #5</li>")
                .contains(
                        "<tr><td class=\"lost\">lost</td><td>BUD-1</td><td>#5 HIGH 62.3</td><td></td>")
                .doesNotContain("<script")
                .doesNotContain("http://")
                .doesNotContain("https://");
    }

    @Test
    void jsonIsByteIdenticalAcrossRuns() {
        Cli first = Cli.run("whatif", FACTS, "--support", "MINIMAL", "--format", "json");
        Cli second = Cli.run("whatif", FACTS, "--support", "MINIMAL", "--format", "json");

        assertThat(first.exitCode()).isZero();
        assertThat(first.out())
                .startsWith("{\n  \"schema\": \"ally-advisor/whatif/1\",\n")
                .contains("\"summary\": \"XWK: score 76.0 → 80.0\"")
                .contains("\"rulesCompared\": null");
        assertThat(second.out()).isEqualTo(first.out());
    }

    @Test
    void csvHasOneRowPerChangedAction() throws Exception {
        Path rows = temp.resolve("changes.csv");

        Cli run =
                Cli.run(
                        "whatif",
                        FACTS,
                        "--set",
                        "XWK.budget.defensePctGdp=2.5",
                        "--output",
                        rows.toString());

        assertThat(run.exitCode()).isZero();
        assertThat(Files.readString(rows))
                .isEqualTo(
                        "\uFEFFvariant,ally,actionId,ruleIds,change,before,after,title\r\n"
                                + "\"XWK.budget.defensePctGdp=2.5\",XWK,\"XWK/SUSTAINABLE_BUDGETS/raise-to-floor\",BUD-1,lost,"
                                + "\"#5 HIGH 62.3\",,\"Raise defense spending to the 2% of GDP floor\"\r\n"
                                + "\"XWK.budget.defensePctGdp=2.5\",XWK,\"XWK/SUSTAINABLE_BUDGETS/shift-to-capability\",BUD-3,changed,"
                                + "\"#6 MEDIUM 47.9\",\"#5 MEDIUM 47.9\",\"Shift spending toward equipment and capability\"\r\n");
    }

    @Test
    void markdownGivesTheSummaryAndATableOfChangedActions() {
        Cli run =
                Cli.run(
                        "whatif",
                        FACTS,
                        "--set",
                        "XWK.budget.defensePctGdp=2.5",
                        "--format",
                        "markdown");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out())
                .startsWith("# What if: XWK.budget.defensePctGdp=2.5 (a hypothesis)\n")
                .contains("\n- XWK: loses BUD-1 (HIGH); BUD-3 #6 → #5\n")
                .contains(
                        "\n| lost | BUD-1 | #5 HIGH 62.3 |  | Raise defense spending to the 2% of GDP floor |\n");
    }

    @Test
    void filtersNarrowBothSides() {
        Cli run =
                Cli.run(
                        "whatif",
                        FACTS,
                        "--support",
                        "MINIMAL",
                        "--ally",
                        "xwk",
                        "--min-priority",
                        "HIGH");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out())
                .contains("\n  1 ally changed, 0 unchanged\n  XWK: score 76.0 → 80.0\n")
                .doesNotContain("XST");
    }

    @Test
    void theShippedExampleScenarioRunsOnTheShippedFacts() {
        Cli run =
                Cli.run(
                        "whatif",
                        "facts/",
                        "--scenario",
                        "facts/examples/whatif-spain-floor.yaml",
                        "--ally",
                        "ESP");

        assertThat(run.exitCode()).isZero();
        assertThat(run.err()).isEmpty();
        assertThat(run.out())
                .startsWith(
                        "What if: Hypothesis: Spain reaches the 2 % floor, and US support falls to MINIMAL\n")
                .contains("\nVariant 1: Spain at the 2 % floor\n")
                .contains("\n  ESP: loses BUD-1 (HIGH);")
                .contains("\nVariant 3: Both\n");
    }
}
