package org.allyadvisor.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A rule set is Java code: loading it names every call in a consequence, a condition or a DRL
 * function that is outside what rules may call, one warning at the line of each call. The rule
 * files are under src/test/resources/rules; none of their rules can fire.
 */
class RuleCodeTest {

    private static final String OUTSIDE =
            ", which is outside what rules may call "
                    + "(the advice builders, drools.*, the fact vocabulary, java.lang.Math)";

    @TempDir Path temp;

    @Test
    void shippedRulesCallOnlyWhatRulesMayCall() throws Exception {
        assertThat(RuleSet.load(Path.of("rules")).warnings()).isEmpty();
        assertThat(RuleSet.builtIn().warnings()).isEmpty();
    }

    @Test
    void everythingRulesMayCallGivesNoWarning() throws Exception {
        RuleFolder rules = RuleFolder.copyOfShipped(temp).withTestRule("allowed.drl");

        assertThat(RuleSet.load(rules.dir()).warnings()).isEmpty();
    }

    @Test
    void eachCallOutsideTheAllowListIsNamedAtItsLine() throws Exception {
        RuleFolder rules = RuleFolder.copyOfShipped(temp).withTestRule("hostile.drl");

        assertThat(warnings(rules))
                .containsExactly(
                        at(
                                rules,
                                "hostile.drl",
                                "java.nio.file.Files.write(",
                                "function \"keepNotes\" calls java.nio.file.Files.write"),
                        at(
                                rules,
                                "hostile.drl",
                                "java.nio.file.Files.write(",
                                "function \"keepNotes\" calls java.nio.file.Path.of"),
                        at(
                                rules,
                                "hostile.drl",
                                "System.exit(0);",
                                "rule \"Leaves quietly\" calls System.exit"),
                        at(
                                rules,
                                "hostile.drl",
                                "System.out.println(",
                                "rule \"Talks over the result\" calls System.out.println"),
                        at(
                                rules,
                                "hostile.drl",
                                "java.nio.file.Files.writeString(",
                                "rule \"Writes a file by its full name\" calls java.nio.file.Files.writeString"),
                        at(
                                rules,
                                "hostile.drl",
                                "java.nio.file.Files.writeString(",
                                "rule \"Writes a file by its full name\" calls java.nio.file.Path.of"),
                        at(
                                rules,
                                "hostile.drl",
                                "new java.io.FileWriter(",
                                "rule \"Opens a writer\" calls new java.io.FileWriter"),
                        at(
                                rules,
                                "hostile.drl",
                                "out.write($name);",
                                "rule \"Opens a writer\" calls FileWriter.write"),
                        at(
                                rules,
                                "hostile.drl",
                                "Runtime.getRuntime().exec(",
                                "rule \"Runs a program\" calls Runtime.getRuntime"),
                        at(
                                rules,
                                "hostile.drl",
                                "Runtime.getRuntime().exec(",
                                "rule \"Runs a program\" calls Runtime.exec"));
    }

    @Test
    void callsInConditionsUnderOtherNamesAndThroughReflectionAreNamedToo() throws Exception {
        RuleFolder rules = RuleFolder.copyOfShipped(temp).withTestRule("hostile-evasive.drl");
        String file = "hostile-evasive.drl";

        assertThat(warnings(rules))
                .containsExactly(
                        at(
                                rules,
                                file,
                                "java.lang.System.getenv(\"USER\")",
                                "rule \"Reads the environment in a condition\" calls java.lang.System.getenv"),
                        at(
                                rules,
                                file,
                                "memberOf java.lang.System.getenv()",
                                "rule \"Reads the environment in DRL's own words\" calls java.lang.System.getenv"),
                        at(
                                rules,
                                file,
                                "from System.getProperty(",
                                "rule \"Reads a property as a fact source\" calls System.getProperty"),
                        at(
                                rules,
                                file,
                                "salience ( Runtime",
                                "rule \"Counts processors in an eval\" calls Runtime.getRuntime"),
                        at(
                                rules,
                                file,
                                "salience ( Runtime",
                                "rule \"Counts processors in an eval\" calls Runtime.availableProcessors"),
                        at(
                                rules,
                                file,
                                "eval( ProcessHandle",
                                "rule \"Counts processors in an eval\" calls ProcessHandle.current"),
                        at(
                                rules,
                                file,
                                "eval( ProcessHandle",
                                "rule \"Counts processors in an eval\" calls ProcessHandle.pid"),
                        at(
                                rules,
                                file,
                                "exit(1);",
                                "rule \"Leaves under an imported name\" calls java.lang.System.exit"),
                        at(
                                rules,
                                file,
                                "new Thread(",
                                "rule \"Starts a thread and a process\" calls new Thread"),
                        at(
                                rules,
                                file,
                                "new Thread(",
                                "rule \"Starts a thread and a process\" calls Thread.start"),
                        at(
                                rules,
                                file,
                                "new ProcessBuilder(",
                                "rule \"Starts a thread and a process\" calls new ProcessBuilder"),
                        at(
                                rules,
                                file,
                                "new ProcessBuilder(",
                                "rule \"Starts a thread and a process\" calls ProcessBuilder.start"),
                        at(
                                rules,
                                file,
                                "Class.forName(",
                                "rule \"Looks itself up by reflection\" calls Class.forName"),
                        at(
                                rules,
                                file,
                                "Class.forName(",
                                "rule \"Looks itself up by reflection\" calls Class.getMethod"),
                        at(
                                rules,
                                file,
                                "Class.forName(",
                                "rule \"Looks itself up by reflection\" calls Method.invoke"),
                        at(
                                rules,
                                file,
                                "$ally.getClass()",
                                "rule \"Looks itself up by reflection\" calls getClass"),
                        at(
                                rules,
                                file,
                                "$ally.getClass()",
                                "rule \"Looks itself up by reflection\" calls Class.getDeclaredMethods"),
                        at(
                                rules,
                                file,
                                "drools.getRule().getClass()",
                                "rule \"Looks itself up by reflection\" calls getClass"),
                        at(
                                rules,
                                file,
                                "drools.getRule().getClass()",
                                "rule \"Looks itself up by reflection\" calls Class.getClassLoader"),
                        at(
                                rules,
                                file,
                                "drools.getRule().getClass()",
                                "rule \"Looks itself up by reflection\" calls ClassLoader.loadClass"),
                        at(
                                rules,
                                file,
                                "setValue(Runtime",
                                "rule \"Hides a call in a modify block\" calls Runtime.getRuntime"),
                        at(
                                rules,
                                file,
                                "setValue(Runtime",
                                "rule \"Hides a call in a modify block\" calls Runtime.availableProcessors"),
                        at(
                                rules,
                                file,
                                "System.out::println",
                                "rule \"Hides a call behind a method reference and a variable\" calls System.out::println"),
                        at(
                                rules,
                                file,
                                "err.println($name)",
                                "rule \"Hides a call behind a method reference and a variable\" calls PrintStream.println"),
                        at(
                                rules,
                                file,
                                "System.exit(4);",
                                "rule \"Hides a type behind a variable of its name\" calls System.exit"),
                        at(
                                rules,
                                file,
                                "System.out.println($name)",
                                "rule \"Says it in MVEL\" calls System.out.println"),
                        at(
                                rules,
                                file,
                                "System.exit(3)",
                                "rule \"Says it in MVEL\" calls System.exit"));
    }

    @Test
    void aRuleSetReadFromTheRuleCacheKeepsItsWarnings() throws Exception {
        RuleFolder rules = RuleFolder.copyOfShipped(temp).withTestRule("hostile.drl");
        CompiledRuleCache cache =
                CompiledRuleCache.in(temp.resolve("cache"), temp.resolve("config/cache.key"));

        RuleSet compiled = RuleSet.load(rules.dir(), cache);
        RuleSet cached = RuleSet.load(rules.dir(), cache);

        assertThat(cached.precompiled()).isTrue();
        assertThat(cached.warnings()).hasSize(10).isEqualTo(compiled.warnings());
    }

    @Test
    void aWarningReadsLikeACompilersAndBecomesAnErrorOnRequest() {
        RuleWarning warning =
                new RuleWarning("rules/x.drl", 12, "rule \"R\" calls System.exit" + OUTSIDE);

        assertThat(warning)
                .hasToString("rules/x.drl:12: warning: rule \"R\" calls System.exit" + OUTSIDE);
        assertThat(warning.asProblem())
                .hasToString("rules/x.drl:12: error: rule \"R\" calls System.exit" + OUTSIDE);
    }

    private static List<String> warnings(RuleFolder rules) throws RuleSetException {
        return RuleSet.load(rules.dir()).warnings().stream().map(RuleWarning::toString).toList();
    }

    /**
     * The warning for {@code what}, at the line of the test rule file that contains {@code text}.
     */
    private static String at(RuleFolder rules, String file, String text, String what) {
        return rules.shown(file) + ":" + lineOf(file, text) + ": warning: " + what + OUTSIDE;
    }

    private static int lineOf(String file, String text) {
        try {
            List<String> lines = Files.readAllLines(Path.of("src/test/resources/rules", file));
            List<Integer> found = new java.util.ArrayList<>();
            for (int i = 0; i < lines.size(); i++) {
                if (lines.get(i).contains(text)) {
                    found.add(i + 1);
                }
            }
            assertThat(found).as("lines of %s with %s", file, text).hasSize(1);
            return found.get(0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
