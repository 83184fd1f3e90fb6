package org.allyadvisor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.allyadvisor.rules.RuleFolder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code assess --rules DIR} says on stderr what rule code calls outside the allow-list; --strict
 * refuses it.
 */
class AssessRuleCodeTest {

    private static final String FACTS = "src/test/resources/cli/two-allies.yaml";
    private static final String OUTSIDE =
            ", which is outside what rules may call "
                    + "(the advice builders, drools.*, the fact vocabulary, java.lang.Math)";

    @TempDir Path temp;

    @Test
    void callsOutsideTheAllowListAreWarnedOfAndTheAssessmentGoesOn() throws IOException {
        RuleFolder rules = RuleFolder.copyOfShipped(temp).withTestRule("hostile.drl");

        Cli run = Cli.run("assess", FACTS, "--rules", rules.dir().toString());

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).startsWith("Two test allies (as of 2025-06-30)\n");
        assertThat(run.err().lines().toList())
                .hasSize(10)
                .allMatch(
                        line ->
                                line.startsWith(rules.shown("hostile.drl") + ":")
                                        && line.endsWith(OUTSIDE))
                .contains(
                        rules.shown("hostile.drl")
                                + ":"
                                + lineOf("System.exit(0);")
                                + ": warning: rule \"Leaves quietly\" calls System.exit"
                                + OUTSIDE);
    }

    @Test
    void strictTurnsTheWarningsIntoErrorsAndPrintsNoResult() throws IOException {
        RuleFolder rules = RuleFolder.copyOfShipped(temp).withTestRule("hostile.drl");

        Cli run = Cli.run("assess", FACTS, "--rules", rules.dir().toString(), "--strict");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.BAD_RULES);
        assertThat(run.out()).isEmpty();
        assertThat(run.err().lines().toList())
                .hasSize(10)
                .allMatch(line -> line.contains(": error: ") && line.endsWith(OUTSIDE))
                .contains(
                        rules.shown("hostile.drl")
                                + ":"
                                + lineOf("System.exit(0);")
                                + ": error: rule \"Leaves quietly\" calls System.exit"
                                + OUTSIDE);
    }

    @Test
    void shippedAndBuiltInRulesRunSilentlyUnderStrict() {
        for (List<String> rules : List.of(List.of("--rules", "rules"), List.<String>of())) {
            List<String> args = new java.util.ArrayList<>(List.of("assess", FACTS, "--strict"));
            args.addAll(rules);

            Cli run = Cli.run(args.toArray(String[]::new));

            assertThat(run.exitCode()).isZero();
            assertThat(run.err()).isEmpty();
        }
    }

    private static int lineOf(String text) throws IOException {
        List<String> lines = Files.readAllLines(Path.of("src/test/resources/rules/hostile.drl"));
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains(text)) {
                return i + 1;
            }
        }
        throw new IllegalArgumentException("hostile.drl has no line with " + text);
    }
}
