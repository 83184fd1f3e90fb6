package org.allyadvisor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.allyadvisor.rules.RuleFolder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code validate}: findings and a count on stdout, exit 1 only when there is an error (or a
 * warning under --strict).
 */
class ValidateCommandTest {

    @TempDir Path temp;

    private static final String UNREAD =
            ": warning: diplomacy.minStrategicDialogues: no rule reads this threshold; "
                    + "changing it changes nothing (left over from a rule taken out?)\n";

    @Test
    void builtInRulesValidateClean() {
        Cli run = Cli.run("validate");

        assertThat(run.exitCode()).isZero();
        assertThat(run.err()).isEmpty();
        assertThat(run.out()).isEqualTo("0 errors, 0 warnings in 13 rule files\n");
    }

    @Test
    void shippedRuleFolderValidatesClean() {
        Cli run = Cli.run("validate", "--rules", "rules", "--strict");

        assertThat(run.exitCode()).isZero();
        assertThat(run.err()).isEmpty();
        assertThat(run.out()).isEqualTo("0 errors, 0 warnings in 13 rule files\n");
    }

    @Test
    void warningsAreListedAndPass() {
        RuleFolder rules =
                RuleFolder.copyOfShipped(temp).withDiplomacyAsDrl().delete("diplomacy.drl");

        Cli run = Cli.run("validate", "--rules", rules.dir().toString());

        assertThat(run.exitCode()).isZero();
        assertThat(run.err()).isEmpty();
        assertThat(run.out())
                .isEqualTo(
                        rules.shown("thresholds.yaml")
                                + ":49"
                                + UNREAD
                                + "0 errors, 1 warning in 11 rule files\n");
    }

    @Test
    void strictMakesWarningsErrorsAndFails() {
        RuleFolder rules =
                RuleFolder.copyOfShipped(temp).withDiplomacyAsDrl().delete("diplomacy.drl");

        Cli run = Cli.run("validate", "--rules", rules.dir().toString(), "--strict");

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out())
                .isEqualTo(
                        rules.shown("thresholds.yaml")
                                + ":49"
                                + UNREAD.replace(": warning: ", ": error: ")
                                + "1 error, 0 warnings in 11 rule files\n");
    }

    @Test
    void ruleSetThatDoesNotCompileIsAFailedCheckWithEveryErrorListed() {
        RuleFolder rules =
                RuleFolder.copyOfShipped(temp)
                        .withTestRule("broken-syntax.drl")
                        .replaceIn("thresholds.yaml", "  floorPctGdp: 2.0 ", "  floorPctGdp: two ");

        Cli run = Cli.run("validate", "--rules", rules.dir().toString());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).isEmpty();
        assertThat(run.out())
                .isEqualTo(
                        rules.shown("broken-syntax.drl")
                                + ":6:1: error: mismatched input 'then' in rule \"Broken\"\n"
                                + rules.shown("thresholds.yaml")
                                + ":14:3: error: budget.floorPctGdp: expected a number, got \"two\"\n"
                                + "2 errors, 0 warnings in 14 rule files\n");
    }

    @Test
    void missingRuleFolderIsAFailedCheck() {
        Cli run = Cli.run("validate", "--rules", temp.resolve("nowhere").toString());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out())
                .isEqualTo(
                        temp.resolve("nowhere")
                                + ": error: no such rule folder\n"
                                + "1 error, 0 warnings in 0 rule files\n");
    }

    @Test
    void unknownOptionIsAUsageError() {
        Cli run = Cli.run("validate", "--rulez", "rules");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).startsWith("ally-advisor: Unknown options: '--rulez', 'rules'");
    }
}
