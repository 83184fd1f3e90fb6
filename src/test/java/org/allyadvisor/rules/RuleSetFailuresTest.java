package org.allyadvisor.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Rule folders that policy staff got wrong: each mistake is one located line, and nothing loads.
 */
class RuleSetFailuresTest {

    @TempDir Path temp;

    private static List<String> problemsOf(RuleFolder folder) {
        return folder.problems();
    }

    @Test
    void syntaxErrorIsReportedAloneWithFileLineAndColumn() {
        RuleFolder rules = RuleFolder.copyOfShipped(temp).withTestRule("broken-syntax.drl");

        assertThat(problemsOf(rules))
                .containsExactly(
                        rules.shown("broken-syntax.drl")
                                + ":6:1: error: mismatched input 'then' in rule \"Broken\"");
    }

    @Test
    void unknownFieldInConstraintIsReportedAtItsLine() {
        RuleFolder rules =
                RuleFolder.copyOfShipped(temp)
                        .replaceIn(
                                "budget.drl",
                                "budget.equipmentPct != null, budget.equipmentPct < $budget.minEquipmentPct",
                                "budget.equipmentPc != null, budget.equipmentPct < $budget.minEquipmentPct");

        assertThat(problemsOf(rules))
                .containsExactly(
                        rules.shown("budget.drl")
                                + ":"
                                + lineOf(
                                        "budget.drl",
                                        "budget.equipmentPct != null, budget.equipmentPct < $budget.minEquipmentPct")
                                + ": error: unknown field 'equipmentPc' of Budget in 'budget.equipmentPc'");
    }

    @Test
    void mistakeInConsequenceIsReportedAtTheRule() {
        RuleFolder rules =
                RuleFolder.copyOfShipped(temp)
                        .replaceIn(
                                "interoperability.drl",
                                ".title(\"Join or build an intelligence-sharing",
                                ".titel(\"Join or build an intelligence-sharing");

        assertThat(problemsOf(rules))
                .containsExactly(
                        rules.shown("interoperability.drl")
                                + ":"
                                + lineOf(
                                        "interoperability.drl",
                                        "rule \"No intelligence-sharing framework")
                                + ": error: in a rule's "
                                + "consequence: The method titel(String) is undefined for the type Advice.ActionDraft");
    }

    @Test
    void misspeltImportIsReportedFirstAtItsLineWithoutTheErrorsItCauses() {
        // Drools reports this as 40 lines across 9 files, the first naming classify.drl and the
        // import itself at line 1
        RuleFolder rules =
                RuleFolder.copyOfShipped(temp)
                        .replaceIn(
                                "regional.drl",
                                "import org.allyadvisor.facts.Tie;",
                                "import org.allyadvisor.facts.Tei;");

        assertThat(problemsOf(rules))
                .containsExactly(
                        rules.shown("regional.drl")
                                + ":"
                                + lineOf("regional.drl", "import org.allyadvisor.facts.Tie;")
                                + ":8: error: cannot import "
                                + "'org.allyadvisor.facts.Tei': there is no such class; did you mean 'org.allyadvisor.facts.Tie'?");
    }

    @Test
    void misspeltImportComesBeforeAnUnrelatedMistake() {
        RuleFolder rules =
                RuleFolder.copyOfShipped(temp)
                        .replaceIn(
                                "regional.drl",
                                "import org.allyadvisor.facts.Tie;",
                                "import org.allyadvisor.facts.Tei;")
                        .replaceIn(
                                "budget.drl",
                                "budget.equipmentPct != null,",
                                "budget.equipmentPc != null,");

        assertThat(problemsOf(rules))
                .hasSize(2)
                .first()
                .asString()
                .startsWith(
                        rules.shown("regional.drl")
                                + ":"
                                + lineOf("regional.drl", "import org.allyadvisor.facts.Tie;")
                                + ":8: ");
        assertThat(problemsOf(rules).get(1))
                .startsWith(rules.shown("budget.drl") + ":")
                .contains("unknown field 'equipmentPc'");
    }

    @Test
    void functionThatDoesNotCompileIsReportedOnceNotInEveryConsequence() {
        // a function that fails to compile fails its import, and with it every consequence of the
        // package
        RuleFolder rules =
                RuleFolder.copyOfShipped(temp)
                        .replaceIn(
                                "budget.drl",
                                "    StringBuilder text = new StringBuilder();",
                                "    StringBuilder text = new StringBuilder();\n    int broken = \"x\";");

        assertThat(problemsOf(rules))
                .singleElement()
                .asString()
                .startsWith(rules.shown("budget.drl") + ":")
                .contains("function realChangeByYearText")
                .contains("cannot convert from String to int");
    }

    @Test
    void everyBrokenFileIsReported() {
        RuleFolder rules =
                RuleFolder.copyOfShipped(temp)
                        .replaceIn(
                                "budget.drl",
                                "budget.equipmentPct != null,",
                                "budget.equipmentPc != null,")
                        .replaceIn(
                                "interoperability.drl",
                                ".title(\"Join or build an intelligence-sharing",
                                ".titel(\"Join or build an intelligence-sharing");

        assertThat(problemsOf(rules)).hasSize(2);
    }

    @Test
    void catalogueRuleWithoutPassageIsRejected() {
        RuleFolder rules =
                RuleFolder.copyOfShipped(temp)
                        .replaceIn(
                                "diplomacy.dslr",
                                "    @passage(\"Enhance diplomatic engagement: Open channels for dialogue ensure synchronized policy "
                                        + "decisions and reduce the risk of strategic miscalculations.\")\n",
                                "");

        assertThat(problemsOf(rules))
                .containsExactly(
                        rules.shown("diplomacy.dslr")
                                + ":"
                                + lineOf("diplomacy.dslr", "rule \"Few standing dialogues")
                                + ": error: rule \"Few "
                                + "standing dialogues with regional partners\": @passage is missing: every catalogued rule quotes the article");
    }

    @Test
    void unknownCategoryListsTheAllowedOnes() {
        RuleFolder rules =
                RuleFolder.copyOfShipped(temp)
                        .replaceIn(
                                "diplomacy.dslr",
                                "@id(\"DIP-1\") @category(\"DIPLOMATIC_ENGAGEMENT\")",
                                "@id(\"DIP-1\") @category(\"DIPLOMACY\")");

        assertThat(problemsOf(rules))
                .containsExactly(
                        rules.shown("diplomacy.dslr")
                                + ":"
                                + lineOf("diplomacy.dslr", "rule \"Few standing dialogues")
                                + ": error: rule \"Few "
                                + "standing dialogues with regional partners\": unknown @category(\"DIPLOMACY\"); allowed: "
                                + "SUSTAINABLE_BUDGETS, DEFENSE_TECHNOLOGY, REGIONAL_PARTNERSHIPS, DIPLOMATIC_ENGAGEMENT, "
                                + "INTEROPERABILITY, US_ASSISTANCE");
    }

    @Test
    void requiresNamingAnUnknownFactIsRejected() {
        RuleFolder rules =
                RuleFolder.copyOfShipped(temp)
                        .replaceIn(
                                "diplomacy.dslr",
                                "@requires(\"diplomacy.strategicDialogues\")",
                                "@requires(\"diplomacy.dialogues\")");

        assertThat(problemsOf(rules))
                .containsExactly(
                        rules.shown("diplomacy.dslr")
                                + ":"
                                + lineOf("diplomacy.dslr", "rule \"Few standing dialogues")
                                + ": error: rule \"Few "
                                + "standing dialogues with regional partners\": @requires names unknown fact field 'diplomacy.dialogues'");
    }

    @Test
    void folderWithoutThresholdsFileIsRejected() {
        RuleFolder rules = RuleFolder.copyOfShipped(temp).delete("thresholds.yaml");

        assertThat(problemsOf(rules))
                .containsExactly(rules.dir() + "/: error: no thresholds.yaml in the rule set");
    }

    @Test
    void folderWithoutRuleFilesIsRejected() {
        RuleFolder rules = RuleFolder.copyOfShipped(temp).deleteRuleFiles();

        assertThat(problemsOf(rules))
                .containsExactly(
                        rules.dir()
                                + "/: error: no rule files (*.drl, *.dslr, decision tables *.csv or *.xlsx) in the rule set");
    }

    @Test
    void missingFolderIsOneLine() {
        RuleSetException failure =
                catchThrowableOfType(
                        RuleSetException.class, () -> RuleSet.load(temp.resolve("nowhere")));

        assertThat(failure.getMessage())
                .isEqualTo(temp.resolve("nowhere") + ": error: no such rule folder");
    }

    @Test
    void sameRuleNameTwiceIsReportedAtTheSecond() {
        RuleFolder rules =
                RuleFolder.copyOfShipped(temp)
                        .write(
                                "zz-other.drl",
                                """
                package org.example.other

                rule "Defense spending below the NATO floor"
                when
                then
                end
                """);

        assertThat(problemsOf(rules))
                .containsExactly(
                        rules.shown("zz-other.drl")
                                + ":3: error: rule \"Defense "
                                + "spending below the NATO floor\" is also written at "
                                + rules.shown("budget.drl")
                                + ":"
                                + lineOf(
                                        "budget.drl",
                                        "rule \"Defense spending below the NATO floor\"")
                                + "; rule names "
                                + "must be unique in a rule set");
    }

    @Test
    void filesThatAreNotPartOfTheRuleSetAreIgnored() throws Exception {
        RuleFolder rules = RuleFolder.copyOfShipped(temp);
        String before = RuleSet.load(rules.dir()).sha256();
        rules.write("NOTES.md", "what we changed and why\n");
        Files.write(
                rules.dir().resolve(".budget.drl.swp"),
                new byte[] {(byte) 0xff, 0, (byte) 0xfe, 1});

        RuleSet loaded = RuleSet.load(rules.dir());

        assertThat(loaded.sha256()).isEqualTo(before);
    }

    @Test
    void ruleFileThatIsNotUtf8IsOneLine() throws Exception {
        RuleFolder rules = RuleFolder.copyOfShipped(temp);
        Files.write(
                rules.dir().resolve("latin1.drl"),
                new byte[] {'r', 'u', 'l', 'e', ' ', (byte) 0xe9});

        assertThat(problemsOf(rules))
                .containsExactly(
                        rules.shown("latin1.drl")
                                + ":1:6: error: this byte is not UTF-8 text; save the file as UTF-8");
    }

    @Test
    void badThresholdsAndBadRuleFilesAreReportedTogether() {
        RuleFolder rules =
                RuleFolder.copyOfShipped(temp)
                        .withTestRule("broken-syntax.drl")
                        .replaceIn("thresholds.yaml", "  floorPctGdp: 2.0", "  floorPctGdp: two");

        assertThat(problemsOf(rules))
                .containsExactly(
                        rules.shown("thresholds.yaml")
                                + ":"
                                + lineOf("thresholds.yaml", "  floorPctGdp:")
                                + ":3: error: budget.floorPctGdp: expected a number, got \"two\"",
                        rules.shown("broken-syntax.drl")
                                + ":6:1: error: mismatched input 'then' in rule \"Broken\"");
    }

    /**
     * The line of the shipped rule file that contains {@code text}, so that editing the rules moves
     * no test.
     */
    private static int lineOf(String file, String text) {
        try {
            List<String> lines = java.nio.file.Files.readAllLines(Path.of("rules", file));
            for (int i = 0; i < lines.size(); i++) {
                if (lines.get(i).contains(text)) {
                    return i + 1;
                }
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        throw new AssertionError("no line with " + text + " in rules/" + file);
    }
}
