package org.allyadvisor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.allyadvisor.rules.RuleFolder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code assess --rules DIR} with decision tables and DSL files: what a policy officer sees when
 * one is wrong.
 */
class AssessRuleFormsTest {

    private static final String FACTS = "src/test/resources/cli/two-allies.yaml";
    private static final String UNKNOWN =
            ": warning: not a rule file, so not read: a rule folder holds .drl, .dsl and "
                    + ".dslr rule files, .csv and .xlsx decision tables, and thresholds.yaml";

    @TempDir Path temp;

    @Test
    void fileOfNoKnownKindIsNamedOnStderrAndTheAssessmentGoesOn() {
        RuleFolder rules = RuleFolder.copyOfShipped(temp).write("technology.ods", "");

        Cli run = Cli.run("assess", FACTS, "--rules", rules.dir().toString());

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).startsWith("Two test allies (as of 2025-06-30)\n");
        assertThat(run.err()).isEqualTo(rules.shown("technology.ods") + UNKNOWN + "\n");
    }

    @Test
    void strictRefusesAFolderWithAFileOfNoKnownKind() {
        RuleFolder rules = RuleFolder.copyOfShipped(temp).write("technology.ods", "");

        Cli run = Cli.run("assess", FACTS, "--rules", rules.dir().toString(), "--strict");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.BAD_RULES);
        assertThat(run.out()).isEmpty();
        assertThat(run.err())
                .startsWith(
                        rules.shown("technology.ods") + ": error: not a rule file, so not read");
    }

    @Test
    void damagedWorkbookIsOneLineAndExitFourWithNothingOnStdout() {
        RuleFolder rules =
                RuleFolder.copyOfShipped(temp)
                        .delete("technology.csv")
                        .withResource("forms/truncated.xlsx", "technology.xlsx");

        Cli run = Cli.run("assess", FACTS, "--rules", rules.dir().toString(), "--format", "json");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.BAD_RULES);
        assertThat(run.out()).isEmpty(); // not even POI's log4j notice
        assertThat(run.err())
                .isEqualTo(
                        rules.shown("technology.xlsx")
                                + ": error: not a readable XLSX workbook "
                                + "(damaged, or another kind of file saved as .xlsx): Truncated ZIP file\n");
    }

    @Test
    void xlsxTableAssessesLikeTheShippedCsv() {
        RuleFolder rules =
                RuleFolder.copyOfShipped(temp)
                        .delete("technology.csv")
                        .withResource("forms/technology.xlsx", "technology.xlsx");

        Cli xlsx = Cli.run("assess", FACTS, "--rules", rules.dir().toString());
        Cli csv = Cli.run("assess", FACTS, "--rules", "rules");

        assertThat(xlsx.exitCode()).isZero();
        assertThat(xlsx.err()).isEmpty();
        assertThat(xlsx.out().lines().skip(2).toList())
                .isEqualTo(csv.out().lines().skip(2).toList());
    }

    @Test
    void badTableCellAndBadSentenceAreBothReported() {
        RuleFolder rules =
                RuleFolder.copyOfShipped(temp)
                        .replaceIn(
                                "technology.csv",
                                "upgrade-cyber-defense,HIGH,",
                                "upgrade-cyber-defense,URGENT,")
                        .replaceIn(
                                "diplomacy.dslr",
                                "    there is an ally with no standing dialogue with the US",
                                "    there is an ally without a US dialogue");

        Cli run = Cli.run("assess", FACTS, "--rules", rules.dir().toString());

        assertThat(run.exitCode()).isEqualTo(ExitCodes.BAD_RULES);
        assertThat(run.out()).isEmpty();
        assertThat(run.err().lines().toList())
                .hasSize(2)
                .anyMatch(line -> line.startsWith(rules.shown("technology.csv") + ":10: error: "))
                .anyMatch(
                        line ->
                                line.startsWith(
                                        rules.shown("diplomacy.dslr") + ":36: error: no DSL entry"))
                .noneMatch(line -> line.contains("Exception") || line.startsWith("\tat "));
    }
}
