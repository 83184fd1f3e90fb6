package org.allyadvisor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import org.allyadvisor.rules.RuleFolder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The packaged jar run as a new user would: a separate JVM, the built-in rules, nothing on stdout
 * but the result and nothing on stderr when all is well. Runs in the verify phase, after package.
 */
class PackagedJarIT {

    private static final Path JAR = Path.of("target/ally-advisor.jar");

    @TempDir Path temp;

    private record Run(int exitCode, String out, String err) {}

    private Run java(String... args) throws IOException, InterruptedException {
        return java(List.of(), args);
    }

    /**
     * The jar run with JVM options, and without the rule cache: a rule folder is compiled in place.
     */
    private Run java(List<String> jvmOptions, String... args)
            throws IOException, InterruptedException {
        List<String> command =
                new ArrayList<>(
                        List.of(
                                Path.of(System.getProperty("java.home"), "bin", "java")
                                        .toString()));
        command.addAll(jvmOptions);
        command.addAll(List.of("-jar", JAR.toString()));
        command.addAll(List.of(args));
        Path out = temp.resolve("out.txt");
        Path err = temp.resolve("err.txt");
        ProcessBuilder builder =
                new ProcessBuilder(command)
                        .redirectOutput(out.toFile())
                        .redirectError(err.toFile());
        builder.environment().put("ALLY_ADVISOR_CACHE", "off");
        Process process = builder.start();
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).as("the jar finishes").isTrue();
        return new Run(
                process.exitValue(),
                Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8));
    }

    @Test
    void jarAssessesWithItsBuiltInRulesAndPrintsOnlyTheResult() throws Exception {
        Run run = java("assess", "src/test/resources/cli/two-allies.yaml", "--format", "json");

        assertThat(run.err()).isEmpty();
        assertThat(run.exitCode()).isZero();
        assertThat(run.out())
                .startsWith("{\n  \"schema\": \"ally-advisor/assessment/1\"")
                .contains("\"source\": \"built-in\"")
                .contains("\"file\": \"rules/budget.drl\"")
                .endsWith("}\n");
    }

    @Test
    void jarCarriesTheShippedScenariosAndRunsThemAgainstItsBuiltInRules() throws Exception {
        Run run = java("test", "--min-coverage", "100");

        assertThat(run.err()).isEmpty();
        assertThat(run.exitCode()).isZero();
        assertThat(run.out())
                .startsWith(
                        "PASS  Sustainable budgets: BUD-1 raises spending 0.1 points below the 2% floor")
                .endsWith("\n76 passed, 0 failed\n");
    }

    @Test
    void jarExplainsAnAllyWithItsBuiltInRulesAndPrintsOnlyTheExplanation() throws Exception {
        Run run = java("explain", "facts/", "--ally", "BEL");

        assertThat(run.err()).isEmpty();
        assertThat(run.exitCode()).isZero();
        assertThat(run.out())
                .startsWith("BEL  Belgium  [Europe-West]\n")
                .contains(
                        "\n     BUD-1  rule \"Defense spending below the NATO floor\" (rules/budget.drl:")
                .contains("\nWhy not: ")
                .contains(
                        "\n  BUD-4  not evaluated: usSupport.assistanceUsdM is missing (a data gap)\n");
    }

    @Test
    void xlsxTableLoadsInTheJarWithNothingFromPoiOnStdoutOrStderr() throws Exception {
        // POI logs through log4j-api, which without a provider prints a notice on stdout: it would
        // corrupt the JSON
        RuleFolder rules =
                RuleFolder.copyOfShipped(temp)
                        .delete("technology.csv")
                        .withResource("forms/technology.xlsx", "technology.xlsx");

        Run run =
                java(
                        "assess",
                        "src/test/resources/cli/two-allies.yaml",
                        "--format",
                        "json",
                        "--rules",
                        rules.dir().toString());

        assertThat(run.err()).isEmpty();
        assertThat(run.exitCode()).isZero();
        assertThat(run.out())
                .startsWith("{\n  \"schema\": \"ally-advisor/assessment/1\"")
                .contains("\"file\": \"" + rules.shown("technology.xlsx") + "\"")
                .endsWith("}\n");
    }

    @Test
    void damagedXlsxTableIsOneLineInTheJar() throws Exception {
        RuleFolder rules =
                RuleFolder.copyOfShipped(temp)
                        .delete("technology.csv")
                        .withResource("forms/truncated.xlsx", "technology.xlsx");

        Run run =
                java(
                        "assess",
                        "src/test/resources/cli/two-allies.yaml",
                        "--format",
                        "json",
                        "--rules",
                        rules.dir().toString());

        assertThat(run.exitCode()).isEqualTo(4);
        assertThat(run.out()).isEmpty();
        assertThat(run.err())
                .isEqualTo(
                        rules.shown("technology.xlsx")
                                + ": error: not a readable XLSX workbook "
                                + "(damaged, or another kind of file saved as .xlsx): Truncated ZIP file\n");
    }

    @Test
    void jarReportsBadFactsWithoutAStackTrace() throws Exception {
        Path facts = Files.writeString(temp.resolve("bad.yaml"), "allies:\n  - id: Poland\n");

        Run run = java("assess", facts.toString());

        assertThat(run.exitCode()).isEqualTo(3);
        assertThat(run.out()).isEmpty();
        assertThat(run.err())
                .contains(
                        facts
                                + ":2:9: allies[0].id: expected a 3-letter ISO 3166-1 alpha-3 code, got \"Poland\"")
                .doesNotContain("Exception")
                .doesNotContain("\tat ");
    }

    @Test
    void consequenceThatNeverReturnsEndsTheProcessWithFourNamingTheRule() throws Exception {
        RuleFolder rules =
                RuleFolder.copyOfShipped(temp)
                        .withTestRule("endless-loop.drl")
                        .withEngineLimit("deadlineSeconds", "2", "0");

        Run run =
                java(
                        "assess",
                        "src/test/resources/cli/two-allies.yaml",
                        "--rules",
                        rules.dir().toString());

        assertThat(run.exitCode()).isEqualTo(4);
        assertThat(run.out()).isEmpty();
        assertThat(run.err())
                .isEqualTo(
                        "error: rule \"Loop forever\" ("
                                + rules.shown("endless-loop.drl")
                                + ":7) did not "
                                + "finish: it was still firing by the deadline of 2 s (engine.deadlineSeconds: 2 + 0 per ally × 2 allies), "
                                + "and it did not stop when halted\n");
    }

    @Test
    void ruleThatExhaustsTheHeapExitsWithFourNamingTheRule() throws Exception {
        RuleFolder rules = RuleFolder.copyOfShipped(temp).withTestRule("hoard-memory.drl");

        Run run =
                java(
                        List.of("-Xmx256m"),
                        "assess",
                        "src/test/resources/cli/two-allies.yaml",
                        "--rules",
                        rules.dir().toString());

        assertThat(run.exitCode()).isEqualTo(4);
        assertThat(run.out()).isEmpty();
        assertThat(run.err())
                .isEqualTo(
                        "error: rule \"Hoard memory\" ("
                                + rules.shown("hoard-memory.drl")
                                + ":7) flooded "
                                + "memory: the Java heap ran out (OutOfMemoryError: Java heap space) while it fired\n");
    }

    /**
     * A legitimate fact set too large for the heap the JVM was given: one line that says what to
     * change, no stack trace from any thread, no output file, and no wait for the rules' deadline.
     */
    @Test
    void factSetTooLargeForTheHeapEndsWithSeventyOneAndNoOutput() throws Exception {
        Path facts = Files.createDirectories(temp.resolve("copies"));
        List<String> rows = Files.readAllLines(Path.of("facts/allies.csv"), StandardCharsets.UTF_8);
        List<String> copies = new ArrayList<>(List.of(rows.get(0)));
        for (int i = 0; i < 3000; i++) {
            String row = rows.get(1 + i % (rows.size() - 1));
            String id =
                    ""
                            + (char) ('A' + i / 676)
                            + (char) ('A' + i / 26 % 26)
                            + (char) ('A' + i % 26);
            copies.add(id + row.substring(3));
        }
        Files.write(facts.resolve("allies.csv"), copies, StandardCharsets.UTF_8);
        Files.copy(Path.of("facts/regions.csv"), facts.resolve("regions.csv"));
        Files.copy(Path.of("facts/meta.yaml"), facts.resolve("meta.yaml"));
        Path output = temp.resolve("result.json");

        Run run =
                java(List.of("-Xmx32m"), "assess", facts.toString(), "--output", output.toString());

        assertThat(run.exitCode()).isEqualTo(71);
        assertThat(run.err())
                .isEqualTo(
                        "ally-advisor: out of memory: the Java heap (at most 32 MB) is too small for this "
                                + "run; give Java more, e.g. java -Xmx2g -jar ally-advisor.jar ..., or assess fewer allies at a time\n");
        assertThat(temp)
                .isDirectoryNotContaining(
                        path -> path.getFileName().toString().contains("result.json"));
    }

    @Test
    void jarValidatesItsBuiltInRulesAgainstTheSourceTextItCarries() throws Exception {
        Run run = java("validate");

        // without rules/source/article.txt in the jar, validate would warn that the passages cannot
        // be checked
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).isEqualTo("0 errors, 0 warnings in 13 rule files\n");
    }

    @Test
    void jarShowsVersionAndHelp() throws Exception {
        Run run = java("--help");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out())
                .contains("Usage: ally-advisor")
                .contains("assess")
                .contains("Exit codes:");
    }

    /**
     * The project's own artifact is the library: its classes and the built-in rules, with its
     * dependencies left to the POM and no logging settings that would silence an embedder's logs.
     */
    @Test
    void libraryJarHoldsOnlyTheLibraryItself() throws Exception {
        Path library = Path.of("target", "ally-advisor-" + VersionTest.pomVersion() + ".jar");
        try (JarFile jar = new JarFile(library.toFile())) {
            List<String> foreign =
                    jar.stream()
                            .filter(entry -> !entry.isDirectory())
                            .map(JarEntry::getName)
                            .filter(
                                    name ->
                                            !name.startsWith("org/allyadvisor/")
                                                    && !name.startsWith("ally-advisor/")
                                                    && !name.startsWith("META-INF/")
                                                    && !name.startsWith("gg/jte/generated/"))
                            .toList();

            assertThat(foreign).isEmpty();
            assertThat(jar.getManifest().getMainAttributes().getValue("Implementation-Version"))
                    .isEqualTo(VersionTest.pomVersion());
        }
    }

    @Test
    void jarReportsThePomVersion() throws Exception {
        Run run = java("--version");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).isEqualTo("ally-advisor " + VersionTest.pomVersion() + "\n");
    }
}
