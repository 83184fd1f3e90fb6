package org.allyadvisor.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What validate finds: each check tripped by a rule folder, and left quiet by its near miss. */
class RuleSetChecksTest {

    private static final String HEADER =
            """
            package org.allyadvisor.rules

            import org.allyadvisor.advice.Advice;
            import org.allyadvisor.advice.Priority;
            import org.allyadvisor.facts.Ally;
            import org.allyadvisor.policy.BudgetPolicy;

            """;

    @TempDir Path temp;

    private static List<String> warnings(RuleFolder rules) {
        Validation validation = RuleSetChecks.validate(rules.dir());
        assertThat(validation.errors()).as("errors").isEmpty();
        return validation.warnings().stream().map(RuleWarning::toString).toList();
    }

    private static int lineOf(RuleFolder rules, String file, String text) {
        try {
            List<String> lines = java.nio.file.Files.readAllLines(rules.dir().resolve(file));
            for (int i = 0; i < lines.size(); i++) {
                if (lines.get(i).contains(text)) {
                    return i + 1;
                }
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        throw new IllegalArgumentException(file + " has no line with " + text);
    }

    @Test
    void shippedRuleSetValidatesWithoutErrorOrWarning() {
        Validation validation = RuleSetChecks.validate(Path.of("rules"));

        assertThat(validation.lines()).isEmpty();
        assertThat(validation.passed()).isTrue();
        assertThat(validation.summary()).isEqualTo("0 errors, 0 warnings in 13 rule files");
    }

    @Test
    void ruleThatGivesAdviceWithoutAnIdIsAWarning() {
        RuleFolder rules =
                RuleFolder.copyOfShipped(temp)
                        .write(
                                "extra.drl",
                                HEADER
                                        + """
                rule "Advice from nowhere"
                when
                    Ally( $id : id, name == "Nowhere" )
                then
                    insertLogical(Advice.action(drools, $id, "go-nowhere", Priority.LOW).title("t").rationale("r").proposal());
                end
                """);

        assertThat(warnings(rules))
                .containsExactly(
                        rules.shown("extra.drl")
                                + ":8: warning: rule \"Advice from nowhere\": "
                                + "gives advice (Advice.action) but has no @id: advice must cite a catalogue entry; give it @id, @category "
                                + "(or @risk) and @passage, or let it insert a classification for a catalogued rule to act on");
    }

    @Test
    void classificationRuleWithoutAnIdIsNoWarning() {
        RuleFolder rules =
                RuleFolder.copyOfShipped(temp)
                        .write(
                                "extra.drl",
                                HEADER
                                        + """
                declare NamedNowhere
                    ally : String @key
                end

                rule "Ally named Nowhere"
                when
                    Ally( $id : id, name == "Nowhere" )
                then
                    insertLogical(new NamedNowhere($id));
                end
                """);

        assertThat(warnings(rules)).isEmpty();
    }

    @Test
    void catalogueRuleWithoutPassageIsAnErrorThatValidateReports() {
        RuleFolder rules =
                RuleFolder.copyOfShipped(temp)
                        .withDiplomacyAsDrl()
                        .replaceIn(
                                "diplomacy.drl",
                                "    @passage(\"Enhance diplomatic engagement: Open channels for dialogue ensure synchronized policy decisions and reduce the risk of strategic miscalculations.\")\n",
                                "");

        Validation validation = RuleSetChecks.validate(rules.dir());

        assertThat(validation.passed()).isFalse();
        assertThat(validation.lines())
                .containsExactly(
                        rules.shown("diplomacy.drl")
                                + ":12: error: rule \"Few standing "
                                + "dialogues with regional partners\": @passage is missing: every catalogued rule quotes the article");
    }

    @Test
    void sameIdOnRulesOfAnotherCategoryIsAWarning() {
        RuleFolder rules =
                RuleFolder.copyOfShipped(temp)
                        .withDiplomacyAsDrl()
                        .replaceIn(
                                "diplomacy.drl",
                                "@id(\"DIP-1\") @category(\"DIPLOMATIC_ENGAGEMENT\")",
                                "@id(\"BUD-1\") @category(\"DIPLOMATIC_ENGAGEMENT\")");

        assertThat(warnings(rules))
                .containsExactly(
                        rules.shown("diplomacy.drl")
                                + ":12: warning: rule \"Few standing "
                                + "dialogues with regional partners\" (BUD-1): shares @id(\"BUD-1\") with rule \"Defense spending below the "
                                + "NATO floor\" ("
                                + rules.shown("budget.drl")
                                + ":14) but has another @category (\"DIPLOMATIC_ENGAGEMENT\", "
                                + "not \"SUSTAINABLE_BUDGETS\"), another @passage (\"Enhance diplomatic engagement: Open channels for dialogue "
                                + "ensure synchronized policy decisions and reduce the risk of strategic miscalculations.\", not \"Focus on "
                                + "sustainable defense budgets: Allocating resources wisely ensures readiness and the ability to respond "
                                + "independently when necessary.\"): rules of one id are one catalogue entry; give this one an id of its own");
    }

    @Test
    void changedSourceTextNamesEveryRuleWhosePassageIsGone() {
        RuleFolder rules =
                RuleFolder.copyOfShipped(temp)
                        .replaceIn(
                                "source/article.txt",
                                "Crucially, allies are encouraged to invest",
                                "Crucially, allies are urged to invest");

        assertThat(warnings(rules))
                .containsExactly(
                        rules.shown("budget.drl")
                                + ":"
                                + lineOf(
                                        rules,
                                        "budget.drl",
                                        "rule \"Equipment share below the guideline\"")
                                + ": warning: rule \"Equipment share below the guideline\" (BUD-3): its @passage is not in the source "
                                + "text ("
                                + rules.shown("source/article.txt")
                                + "): \"Crucially, allies are encouraged to invest "
                                + "in their own military capabilities\"",
                        rules.shown("interoperability.drl")
                                + ":"
                                + lineOf(
                                        rules,
                                        "interoperability.drl",
                                        "rule \"No intelligence-sharing")
                                + ": warning: rule \"No intelligence-sharing framework\" (INT-2): its @passage is not in the source "
                                + "text ("
                                + rules.shown("source/article.txt")
                                + "): \"Crucially, allies are encouraged to invest in "
                                + "their own military capabilities, cultivate robust intelligence-sharing frameworks, and pursue joint "
                                + "training exercises that strengthen operational cohesion without overreliance on American resources.\"");
    }

    @Test
    void sourceTextRewrappedAndWithOtherQuoteMarksStillQuotesEveryPassage() {
        RuleFolder rules =
                RuleFolder.copyOfShipped(temp)
                        .replaceIn(
                                "source/article.txt",
                                "Crucially, allies are encouraged to invest",
                                "Crucially,\n  allies are encouraged   to invest")
                        .replaceIn("source/article.txt", "“more limited”", "\"more limited\"");

        assertThat(warnings(rules)).isEmpty();
    }

    @Test
    void ruleSetWithoutSourceTextGetsOneWarning() {
        RuleFolder rules =
                RuleFolder.copyOfShipped(temp).delete("source/article.txt").delete("source");

        assertThat(warnings(rules))
                .containsExactly(
                        rules.shown("source")
                                + "/: warning: no source text: the passages of "
                                + Fixtures.shippedRules().catalogue().size()
                                + " rules cannot be checked; put the document they quote in "
                                + "this folder (e.g. article.txt)");
    }

    @Test
    void sourceFileThatIsNotTextIsNamedAndNeitherReadNorRefused() {
        RuleFolder rules =
                RuleFolder.copyOfShipped(temp).write("source/report.pdf", "%PDF-1.7 \u00ff\u00fe");

        assertThat(warnings(rules))
                .containsExactly(
                        rules.shown("source/report.pdf")
                                + ": warning: not read as source "
                                + "text: only plain text (.txt) and Markdown (.md) files are; save a text copy beside it");
    }

    @Test
    void thresholdNoRuleReadsIsAWarningAtItsLine() {
        RuleFolder rules =
                RuleFolder.copyOfShipped(temp).withDiplomacyAsDrl().delete("diplomacy.drl");

        assertThat(warnings(rules))
                .containsExactly(
                        rules.shown("thresholds.yaml")
                                + ":"
                                + lineOf(rules, "thresholds.yaml", "  minStrategicDialogues:")
                                + ": warning: diplomacy.minStrategicDialogues: "
                                + "no rule reads this threshold; changing it changes nothing (left over from a rule taken out?)");
    }

    @Test
    void ruleReadingAThresholdTheFileLacksIsALocatedError() {
        RuleFolder rules =
                RuleFolder.copyOfShipped(temp)
                        .withDiplomacyAsDrl()
                        .replaceIn(
                                "diplomacy.drl",
                                "diplomacy.strategicDialogues < $diplomacy.minStrategicDialogues",
                                "diplomacy.strategicDialogues < $diplomacy.minStrategicDialogs");

        assertThat(RuleSetChecks.validate(rules.dir()).lines())
                .containsExactly(
                        rules.shown("diplomacy.drl")
                                + ":21:11: "
                                + "error: unknown field 'minStrategicDialogs' of DiplomacyPolicy in 'diplomacy.strategicDialogues < "
                                + "$diplomacy.minStrategicDialogs': thresholds.yaml has no threshold diplomacy.minStrategicDialogs; "
                                + "did you mean 'minStrategicDialogues'?");
    }

    @Test
    void thresholdMissingFromTheFileIsAnErrorNamingTheRulesThatReadIt() {
        RuleFolder rules =
                RuleFolder.copyOfShipped(temp)
                        .replaceIn(
                                "thresholds.yaml",
                                "  usPresenceTroops: 1000 ",
                                "  # usPresenceTroops: 1000 ");

        assertThat(RuleSetChecks.validate(rules.dir()).lines())
                .containsExactly(
                        rules.shown("thresholds.yaml")
                                + ":"
                                + lineOf(rules, "thresholds.yaml", "usAssistance:  ")
                                + ":1: error: usAssistance.usPresenceTroops: threshold "
                                + "is missing; read by rule \"A standing US presence in the ally\" ("
                                + rules.shown("classify-strategy.drl")
                                + ":93), rule \"Security rests on US forces, with no multilateral defense framework\" ("
                                + rules.shown("self-reliance.drl")
                                + ":120)");
    }

    @Test
    void textComparedWithANumberIsAWarning() {
        RuleFolder rules =
                RuleFolder.copyOfShipped(temp)
                        .write(
                                "extra.drl",
                                HEADER
                                        + """
                declare LongName
                    ally : String @key
                end

                rule "Long name"
                when
                    Ally( $id : id, name > 3 )
                then
                    insertLogical(new LongName($id));
                end
                """);

        assertThat(warnings(rules))
                .containsExactly(
                        rules.shown("extra.drl")
                                + ":14: warning: rule \"Long name\": "
                                + "Ally( name > 3 ) compares name (text) with 3 (a number); Drools compiles this, but it never means what it says");
    }

    @Test
    void textComparedWithTextAndNumbersWithThresholdsAreNoWarning() {
        RuleFolder rules =
                RuleFolder.copyOfShipped(temp)
                        .write(
                                "extra.drl",
                                HEADER
                                        + """
                declare LongName
                    ally : String @key
                end

                rule "Long name"
                when
                    $budget : BudgetPolicy()
                    Ally( $id : id, name > "M", name.length() > 3, budget.defensePctGdp != null,
                          budget.defensePctGdp > $budget.floorPctGdp )
                then
                    insertLogical(new LongName($id));
                end
                """);

        assertThat(warnings(rules)).isEmpty();
    }

    @Test
    void conditionThatTheThresholdsMakeImpossibleIsAWarning() {
        RuleFolder rules =
                RuleFolder.copyOfShipped(temp)
                        .replaceIn("thresholds.yaml", "  lowScore: 50 ", "  lowScore: 0 ");

        assertThat(warnings(rules))
                .containsExactly(
                        rules.shown("classify.drl")
                                + ":"
                                + lineOf(
                                        rules,
                                        "classify.drl",
                                        "interoperability.score < $interoperability.lowScore")
                                + ": warning: rule \"Interoperability is low\": Ally( interoperability.score < $interoperability.lowScore ) "
                                + "can never hold under every US support scenario: interoperability.score takes values 0..100, and "
                                + "interoperability.lowScore 0 is past that end; the rule never fires");
    }

    @Test
    void conditionImpossibleUnderOneScenarioNamesIt() {
        RuleFolder rules =
                RuleFolder.copyOfShipped(temp)
                        .replaceIn(
                                "thresholds.yaml",
                                "      risk.highThreatLevel: 3 ",
                                "      diplomacy.minStrategicDialogues: 0\n      risk.highThreatLevel: 3 ");

        assertThat(warnings(rules))
                .containsExactly(
                        rules.shown("diplomacy.dslr")
                                + ":21: warning: rule \"Few standing "
                                + "dialogues with regional partners\": Ally( diplomacy.strategicDialogues < $diplomacy.minStrategicDialogues ) "
                                + "can never hold under MINIMAL: diplomacy.strategicDialogues takes values from 0, and "
                                + "diplomacy.minStrategicDialogues 0 is past that end; the rule never fires");
    }

    @Test
    void lowestThresholdThatStillLetsTheRuleFireIsNoWarning() {
        RuleFolder rules =
                RuleFolder.copyOfShipped(temp)
                        .replaceIn("thresholds.yaml", "  lowScore: 50 ", "  lowScore: 1 ");

        assertThat(warnings(rules)).isEmpty();
    }

    @Test
    void twoRulesEmittingTheSameActionUnderTheSameConditionsIsAWarning() {
        // the same conditions as BUD-1, with bindings named otherwise and spaced otherwise
        RuleFolder rules =
                RuleFolder.copyOfShipped(temp)
                        .write(
                                "extra.drl",
                                HEADER
                                        + """
                import org.allyadvisor.policy.SupportScenario;

                rule "Below the floor, again"
                    @id("BUD-1") @category("SUSTAINABLE_BUDGETS")
                    @recommendation("Focus on sustainable defense budgets")
                    @section("Navigating the New Defense Landscape Recommendations for Allied Cooperation")
                    @passage("Focus on sustainable defense budgets: Allocating resources wisely ensures readiness and the ability to respond independently when necessary.")
                when
                    $b : BudgetPolicy()
                    $s : SupportScenario()
                    SpendingBelowFloor(   $ally : ally,  $share : defensePctGdp )
                then
                    insertLogical(Advice.action(drools, $ally, "raise-to-floor", Priority.HIGH)
                        .title("Raise").rationale("Below").distance("pointsBelowFloor", 1.0).proposal());
                end
                """);

        assertThat(warnings(rules))
                .containsExactly(
                        rules.shown("extra.drl")
                                + ":10: warning: rule \"Below the floor, again\" "
                                + "emits action 'raise-to-floor' under the same conditions as rule \"Defense spending below the NATO floor\" ("
                                + rules.shown("budget.drl")
                                + ":14); one of them is redundant");
    }

    @Test
    void sameActionUnderOtherConditionsIsNoWarning() {
        // BUD-1's two rules already emit one action under different conditions; a third with one
        // more condition
        RuleFolder rules =
                RuleFolder.copyOfShipped(temp)
                        .write(
                                "extra.drl",
                                HEADER
                                        + """
                import org.allyadvisor.policy.SupportScenario;

                rule "Below the floor, under reduced support"
                    @id("BUD-1") @category("SUSTAINABLE_BUDGETS")
                    @recommendation("Focus on sustainable defense budgets")
                    @section("Navigating the New Defense Landscape Recommendations for Allied Cooperation")
                    @passage("Focus on sustainable defense budgets: Allocating resources wisely ensures readiness and the ability to respond independently when necessary.")
                when
                    $b : BudgetPolicy()
                    $s : SupportScenario()
                    SpendingBelowFloor( $ally : ally, $share : defensePctGdp )
                    ReducedUsSupport()
                then
                    insertLogical(Advice.action(drools, $ally, "raise-to-floor", Priority.HIGH)
                        .title("Raise").rationale("Below").distance("pointsBelowFloor", 1.0).proposal());
                end
                """);

        assertThat(warnings(rules)).isEmpty();
    }

    @Test
    void ruleCodeCallingOutsideWhatRulesMayCallIsAWarningToo() {
        RuleFolder rules = RuleFolder.copyOfShipped(temp).withTestRule("hostile.drl");

        assertThat(warnings(rules))
                .contains(
                        rules.shown("hostile.drl")
                                + ":20: warning: rule \"Leaves quietly\" calls "
                                + "System.exit, which is outside what rules may call (the advice builders, drools.*, the fact vocabulary, "
                                + "java.lang.Math)");
    }

    @Test
    void everyCompileErrorOfEveryFileIsListed() {
        RuleFolder rules =
                RuleFolder.copyOfShipped(temp)
                        .withDiplomacyAsDrl()
                        .replaceIn(
                                "diplomacy.drl",
                                ".title(\"Open standing dialogue channels with regional partners\")",
                                ".titel(\"Open standing dialogue channels with regional partners\")")
                        .replaceIn(
                                "budget.drl",
                                "budget.equipmentPct != null, budget.equipmentPct < $budget.minEquipmentPct",
                                "budget.equipmentPc != null, budget.equipmentPct < $budget.minEquipmentPct");

        Validation validation = RuleSetChecks.validate(rules.dir());

        assertThat(validation.passed()).isFalse();
        assertThat(validation.lines())
                .hasSize(2)
                .anySatisfy(
                        line ->
                                assertThat(line)
                                        .startsWith(rules.shown("budget.drl") + ":")
                                        .contains(": error: unknown field 'equipmentPc' of Budget"))
                .anySatisfy(
                        line ->
                                assertThat(line)
                                        .startsWith(
                                                rules.shown("diplomacy.drl")
                                                        + ":12: error: in a rule's consequence"));
        assertThat(validation.summary()).isEqualTo("2 errors, 0 warnings in 12 rule files");
    }

    @Test
    void missingFolderIsOneError() {
        Validation validation = RuleSetChecks.validate(temp.resolve("nowhere"));

        assertThat(validation.lines())
                .containsExactly(temp.resolve("nowhere") + ": error: no such rule folder");
        assertThat(validation.summary()).isEqualTo("1 error, 0 warnings in 0 rule files");
    }

    @Test
    void strictMakesEveryWarningAnError() {
        RuleFolder rules =
                RuleFolder.copyOfShipped(temp).withDiplomacyAsDrl().delete("diplomacy.drl");

        Validation strict = RuleSetChecks.validate(rules.dir()).strict();

        assertThat(strict.passed()).isFalse();
        assertThat(strict.lines())
                .containsExactly(
                        rules.shown("thresholds.yaml")
                                + ":"
                                + lineOf(rules, "thresholds.yaml", "  minStrategicDialogues:")
                                + ": error: diplomacy.minStrategicDialogues: "
                                + "no rule reads this threshold; changing it changes nothing (left over from a rule taken out?)");
    }
}
