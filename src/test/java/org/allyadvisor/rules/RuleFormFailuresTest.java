package org.allyadvisor.rules;

import static org.allyadvisor.rules.RuleFormsTest.lineOf;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Broken decision tables and DSL files: one located line each, the other problems of the run still
 * reported.
 */
class RuleFormFailuresTest {

    @TempDir Path temp;

    @Test
    void badCellInATableIsReportedAtItsRow() throws Exception {
        RuleFolder rules =
                RuleFolder.copyOfShipped(temp)
                        .replaceIn(
                                "technology.csv",
                                "upgrade-cyber-defense,HIGH,",
                                "upgrade-cyber-defense,URGENT,");

        assertThat(rules.problems())
                .containsExactly(
                        rules.shown("technology.csv")
                                + ":"
                                + lineOf("technology.csv", "Cyber defense far short")
                                + ": error: decision table row: in a rule's "
                                + "consequence: URGENT cannot be resolved or is not a field");
    }

    @Test
    void unknownColumnKeywordIsReportedAtItsCell() throws Exception {
        RuleFolder rules =
                RuleFolder.copyOfShipped(temp)
                        .replaceIn(
                                "technology.csv",
                                "NAME,METADATA,METADATA,METADATA,METADATA,METADATA,METADATA,CONDITION,CONDITION,",
                                "NAME,METADATA,METADATA,METADATA,METADATA,METADATA,METADATA,CONDITION,CONDITON,");

        assertThat(rules.problems())
                .containsExactly(
                        rules.shown("technology.csv")
                                + ":"
                                + lineOf("technology.csv", "NAME,METADATA")
                                + ":9: error: decision table: unknown column keyword "
                                + "'CONDITON'; did you mean 'CONDITION'? (a column is CONDITION, ACTION, METADATA, NAME, PRIORITY, ...)");
    }

    @Test
    void brokenColumnCodeIsReportedAtTheRowOfTheFirstRuleItBreaks() throws Exception {
        RuleFolder rules =
                RuleFolder.copyOfShipped(temp)
                        .replaceIn(
                                "technology.csv",
                                ",\"id(\"\"$param\"\")\",",
                                ",\"id(\"\"$param\"\",\",");

        assertThat(rules.problems())
                .singleElement()
                .asString()
                .startsWith(
                        rules.shown("technology.csv")
                                + ":"
                                + lineOf("technology.csv", "Cyber defense far short")
                                + ": error: decision table row: ")
                .contains("in rule \"Cyber defense far short of what the threat calls for\"");
    }

    @Test
    void malformedXlsxIsOneLine() throws Exception {
        RuleFolder rules =
                RuleFolder.copyOfShipped(temp)
                        .delete("technology.csv")
                        .withResource("forms/truncated.xlsx", "technology.xlsx");

        assertThat(rules.problems())
                .containsExactly(
                        rules.shown("technology.xlsx")
                                + ": error: not a readable XLSX "
                                + "workbook (damaged, or another kind of file saved as .xlsx): Truncated ZIP file");
    }

    @Test
    void csvSavedAsXlsxIsNotAWorkbook() throws Exception {
        RuleFolder rules =
                RuleFolder.copyOfShipped(temp)
                        .delete("technology.csv")
                        .write(
                                "technology.xlsx",
                                Files.readString(Path.of("rules/technology.csv")));

        assertThat(rules.problems())
                .singleElement()
                .asString()
                .startsWith(
                        rules.shown("technology.xlsx") + ": error: not a readable XLSX workbook");
    }

    @Test
    void sentenceNoDslEntryMatchesIsReportedAtItsLine() throws Exception {
        RuleFolder rules =
                RuleFolder.copyOfShipped(temp)
                        .replaceIn(
                                "diplomacy.dslr",
                                "    there is an ally with no standing dialogue with the US",
                                "    there is an ally without a US dialogue");

        assertThat(rules.problems())
                .containsExactly(
                        rules.shown("diplomacy.dslr")
                                + ":"
                                + lineOf(
                                        "diplomacy.dslr",
                                        "there is an ally with no standing dialogue")
                                + ": error: no DSL entry "
                                + "matches the sentence 'there is an ally without a US dialogue'; the .dsl files define the sentences "
                                + "rules may use");
    }

    @Test
    void dslrWithoutItsDslIsOneErrorAtItsFirstSentence() throws Exception {
        RuleFolder rules = RuleFolder.copyOfShipped(temp).delete("diplomacy.dsl");

        assertThat(rules.problems())
                .containsExactly(
                        rules.shown("diplomacy.dslr")
                                + ":"
                                + lineOf("diplomacy.dslr", "the diplomacy thresholds apply")
                                + ": error: no DSL file (.dsl) in the rule "
                                + "folder to read this file's sentences with; put the .dsl that defines them beside it");
    }

    @Test
    void mistakeInADslMappingIsReportedAtTheDslrRuleThatUsesIt() throws Exception {
        RuleFolder rules =
                RuleFolder.copyOfShipped(temp)
                        .replaceIn(
                                "diplomacy.dsl",
                                ".title(\"{title}\");\n[consequence][]advise \"{title}\" as action {key} with priority {priority",
                                ".titel(\"{title}\");\n[consequence][]advise \"{title}\" as action {key} with priority {priority");

        assertThat(rules.problems())
                .singleElement()
                .asString()
                .startsWith(
                        rules.shown("diplomacy.dslr")
                                + ":"
                                + lineOf("diplomacy.dslr", "rule \"No standing US dialogue")
                                + ": error: in a rule's consequence:")
                .contains("titel(String)");
    }

    @Test
    void dslEntryWithAnUnknownScopeIsReportedAtItsLineInTheDslFile() throws Exception {
        RuleFolder rules =
                RuleFolder.copyOfShipped(temp)
                        .replaceIn(
                                "diplomacy.dsl",
                                "[condition][]the diplomacy thresholds apply",
                                "[condishun][]the diplomacy thresholds apply");

        assertThat(rules.problems())
                .containsExactly(
                        rules.shown("diplomacy.dsl")
                                + ":"
                                + lineOf("diplomacy.dsl", "[condition][]the diplomacy thresholds")
                                + ":2: error: unknown scope '[condishun]'; a DSL entry starts with"
                                + " [condition], [consequence], [keyword] or [*]");
    }

    @Test
    void everyBrokenDslEntryIsReportedAndNoSentenceItWouldHaveRead() throws Exception {
        RuleFolder rules =
                RuleFolder.copyOfShipped(temp)
                        .replaceIn(
                                "diplomacy.dsl",
                                "[condition][]the diplomacy thresholds apply=",
                                "[condition][]=\n[condition][]the diplomacy thresholds apply=");
        Path dsl = rules.dir().resolve("diplomacy.dsl");
        Files.writeString(dsl, Files.readString(dsl) + "[consequence][]give no code\n");
        int last = (int) Files.readString(dsl).lines().count();

        assertThat(rules.problems())
                .containsExactly(
                        rules.shown("diplomacy.dsl")
                                + ":"
                                + lineOf("diplomacy.dsl", "[condition][]the diplomacy thresholds")
                                + ":14: error: no sentence before '=': a DSL entry reads"
                                + " [condition][]sentence=code or [consequence][]sentence=code",
                        rules.shown("diplomacy.dsl")
                                + ":"
                                + last
                                + ":27: error: no '=' between the sentence and its code: a DSL entry"
                                + " reads [condition][]sentence=code or [consequence][]sentence=code");
    }

    @Test
    void everyBrokenFormIsReportedInOneRun() throws Exception {
        RuleFolder rules =
                RuleFolder.copyOfShipped(temp)
                        .replaceIn(
                                "technology.csv",
                                "upgrade-cyber-defense,HIGH,",
                                "upgrade-cyber-defense,URGENT,")
                        .replaceIn(
                                "diplomacy.dslr",
                                "    there is an ally with no standing dialogue with the US",
                                "    there is an ally without a US dialogue")
                        .replaceIn(
                                "budget.drl",
                                "budget.equipmentPct != null,",
                                "budget.equipmentPc != null,");

        assertThat(rules.problems())
                .hasSize(3)
                .anySatisfy(p -> assertThat(p).startsWith(rules.shown("technology.csv") + ":"))
                .anySatisfy(p -> assertThat(p).startsWith(rules.shown("diplomacy.dslr") + ":"))
                .anySatisfy(p -> assertThat(p).startsWith(rules.shown("budget.drl") + ":"));
    }

    @Test
    void callOutsideTheAllowListInATableSnippetIsWarnedOfAtEveryRow() throws Exception {
        // a cell's quotes are escaped into the generated string, so code comes in through a snippet
        // only
        RuleFolder rules =
                RuleFolder.copyOfShipped(temp)
                        .replaceIn(
                                "technology.csv",
                                "\"String capabilityWords = \"\"$param\"\";\"",
                                "\"String capabilityWords = \"\"$param\"\" + System.getenv(\"\"HOME\"\");\"");

        RuleSet loaded = RuleSet.load(rules.dir());

        int first = lineOf("technology.csv", "Cyber defense far short");
        assertThat(loaded.warnings())
                .extracting(RuleWarning::line)
                .containsExactly(first, first + 1, first + 2, first + 3, first + 4, first + 5);
        assertThat(loaded.warnings())
                .allSatisfy(
                        warning ->
                                assertThat(warning.toString())
                                        .startsWith(rules.shown("technology.csv") + ":")
                                        .contains("calls System.getenv"));
    }

    @Test
    void fileOfNoKnownKindIsAWarningButEditorFilesAndSubfoldersAreNot() throws Exception {
        RuleFolder rules =
                RuleFolder.copyOfShipped(temp)
                        .write("notes.txt", "to do")
                        .write("budget.drl~", "")
                        .write(".budget.drl.swp", "")
                        .write("#budget.drl#", "")
                        .write(".~lock.technology.csv#", "");
        Files.createDirectories(rules.dir().resolve("scenarios"));
        Files.writeString(rules.dir().resolve("scenarios/budget.yaml"), "given: {}");

        RuleSet loaded = RuleSet.load(rules.dir());

        assertThat(loaded.warnings())
                .extracting(RuleWarning::toString)
                .containsExactly(
                        rules.shown("notes.txt")
                                + ": warning: not a rule file, so not read: a rule folder holds .drl, .dsl and .dslr rule files, "
                                + ".csv and .xlsx decision tables, and thresholds.yaml");
    }

    @Test
    void unknownFileIsWarnedOfWhenTheRulesComeFromTheCache() throws Exception {
        RuleFolder rules = RuleFolder.copyOfShipped(temp).write("technology.ods", "");
        CompiledRuleCache cache =
                CompiledRuleCache.in(temp.resolve("cache"), temp.resolve("cache.key"));

        RuleSet.load(rules.dir(), cache);
        RuleSet cached = RuleSet.load(rules.dir(), cache);

        assertThat(cached.warnings())
                .extracting(RuleWarning::file)
                .containsExactly(rules.shown("technology.ods"));
    }
}
