package org.allyadvisor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.allyadvisor.engine.Spin;
import org.allyadvisor.rules.RuleFolder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AssessCommandTest {

    private static final String FACTS = "src/test/resources/cli/two-allies.yaml";
    private static final String JUDGED = "src/test/resources/golden/judged.facts";

    @TempDir Path temp;

    @Test
    void assessPrintsATableBlockPerAlly() {
        Cli run = Cli.run("assess", FACTS, "--rules", "rules");

        assertThat(run.exitCode()).isZero();
        assertThat(run.err()).isEmpty();
        assertThat(run.out())
                .startsWith(
                        "Two test allies (as of 2025-06-30)\nUS support: REDUCED   Rules: rules/ (sha256 ")
                .contains("\nXST  Strongland  [Test-East]\n")
                .contains("\nXWK  Weakland  [Test-East]\n")
                .contains("   1  HIGH       76.0  Upgrade missile defense systems")
                .contains("  Risk HIGH STRETCHED_CAPACITY (RISK-1): Threat level 5 with")
                .contains("\nPortfolio: the 10 most urgent of 14 actions across allies\n");
    }

    @Test
    void jsonOutputIsByteIdenticalAcrossRuns() {
        Cli first = Cli.run("assess", FACTS, "--format", "json");
        Cli second = Cli.run("assess", FACTS, "--format", "json");

        assertThat(first.exitCode()).isZero();
        assertThat(first.out())
                .startsWith("{\n  \"schema\": \"ally-advisor/assessment/1\",\n")
                .contains("\"source\": \"built-in\"");
        assertThat(second.out()).isEqualTo(first.out());
    }

    @Test
    void allyAndTopNarrowTheReport() {
        Cli run = Cli.run("assess", FACTS, "--ally", "XWK", "--top", "2");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out())
                .contains("XWK  Weakland")
                .doesNotContain("XST  Strongland")
                .contains("   2  HIGH")
                .doesNotContain("   3  ");
    }

    @Test
    void supportOptionReplacesTheScenarioOfTheFactSet() {
        Cli run = Cli.run("assess", FACTS, "--support", "minimal");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out())
                .contains("US support: MINIMAL")
                .contains(
                        "\nThresholds under MINIMAL: budget.largeAssistanceSharePct 5, usAssistance.largeAssistanceUsdM 250,");
    }

    @Test
    void outputFileGetsTheResultAndStdoutStaysEmpty() throws Exception {
        Path brief = temp.resolve("brief.json");

        Cli run = Cli.run("assess", FACTS, "--format", "json", "--output", brief.toString());

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).isEmpty();
        assertThat(Files.readString(brief)).startsWith("{\n  \"schema\"");
        try (var left = Files.list(temp)) {
            assertThat(left).containsExactly(brief);
        }
    }

    @Test
    void failedRunLeavesAnExistingOutputFileAsItWas() throws Exception {
        Path brief = Files.writeString(temp.resolve("brief.json"), "the previous brief\n");

        Cli run = Cli.run("assess", "no-such-facts.yaml", "--output", brief.toString());

        assertThat(run.exitCode()).isEqualTo(3);
        assertThat(Files.readString(brief)).isEqualTo("the previous brief\n");
        try (var left = Files.list(temp)) {
            assertThat(left).containsExactly(brief);
        }
    }

    @Test
    void missingFactsFileIsBadFacts() {
        Cli run = Cli.run("assess", "no-such-facts.yaml");

        run.assertFailed(3, "no-such-facts.yaml: no such file or directory\n");
    }

    @Test
    void everyProblemOfABadFactFileIsListed() throws Exception {
        Path facts =
                Files.writeString(
                        temp.resolve("bad.yaml"),
                        """
                allies:
                  - id: XAA
                    name: Alpha
                    region: Test
                    budgt: {defensePctGdp: 1.5}
                    threat: {level: 9}
                """);

        Cli run = Cli.run("assess", facts.toString());

        run.assertFailed(
                3,
                facts
                        + ":5:5: allies[XAA].budgt: unknown field 'budgt'; did you mean 'budget'?\n"
                        + facts
                        + ":6:21: allies[XAA].threat.level: 9 is out of range 1..5\n");
    }

    @Test
    void unknownAllyIsAUsageError() {
        Cli run = Cli.run("assess", FACTS, "--ally", "XYZ");

        run.assertFailed(2, "ally-advisor: no ally 'XYZ' in " + FACTS + "; it has XST, XWK\n");
    }

    @Test
    void topBelowOneIsAUsageError() {
        Cli run = Cli.run("assess", FACTS, "--top", "0");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).isEqualTo("ally-advisor: --top must be at least 1, got 0\n");
    }

    @Test
    void unknownFormatIsAUsageError() {
        Cli run = Cli.run("assess", FACTS, "--format", "xml");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err())
                .isEqualTo(
                        "ally-advisor: Invalid value for option '--format': expected one of "
                                + "[TABLE, JSON, MARKDOWN, CSV, HTML] (case-insensitive) but was 'xml'\nTry 'ally-advisor assess --help' for usage.\n");
    }

    @Test
    void unwritableOutputIsAUsageError() {
        Cli run =
                Cli.run(
                        "assess",
                        FACTS,
                        "--output",
                        temp.resolve("no/such/folder/brief.txt").toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err())
                .isEqualTo(
                        "ally-advisor: cannot write "
                                + temp.resolve("no/such/folder/brief.txt")
                                + ": no such folder\n");
    }

    @Test
    void ruleFileThatDoesNotCompileExitsWithFour() {
        RuleFolder rules = BadInput.brokenRules(temp);

        Cli run = Cli.run("assess", FACTS, "--rules", rules.dir().toString());

        run.assertFailed(4, BadInput.doesNotCompile(rules));
    }

    @Test
    void runawayRuleSetExitsWithFourNamingTheRule() {
        RuleFolder rules =
                RuleFolder.copyOfShipped(temp)
                        .withEngineLimit("ruleFirings", "1000", "0")
                        .withTestRule("runaway.drl");

        Cli run = Cli.run("assess", FACTS, "--rules", rules.dir().toString());

        assertThat(run.exitCode()).isEqualTo(4);
        assertThat(run.out()).isEmpty();
        assertThat(run.err())
                .startsWith(
                        "error: rule set ran away: it fired more than 1000 rules "
                                + "(engine.ruleFirings: 1000 + 0 per ally × 2 allies) and was stopped; rule \"Count forever\" ("
                                + rules.shown("runaway.drl")
                                + ":16) fired most, ");
    }

    @Test
    void ruleThatNeverFinishesExitsWithFourInOneLine() {
        Spin.hold();
        try {
            RuleFolder rules =
                    RuleFolder.copyOfShipped(temp)
                            .withTestRule("spin-until-released.drl")
                            .withEngineLimit("deadlineSeconds", "2", "0");

            Cli run = Cli.run("assess", FACTS, "--rules", rules.dir().toString());

            assertThat(run.exitCode()).isEqualTo(4);
            assertThat(run.out()).isEmpty();
            // the test's own hook is outside what rules may call, so the rule code check warns of
            // it first
            assertThat(
                            run.err()
                                    .lines()
                                    .filter(l -> !l.contains(": warning: "))
                                    .collect(java.util.stream.Collectors.joining("\n", "", "\n")))
                    .isEqualTo(
                            "error: rule \"Spin in place\" ("
                                    + rules.shown("spin-until-released.drl")
                                    + ":9) did not finish: it was still firing by the deadline of 2 s (engine.deadlineSeconds: 2 + 0 per "
                                    + "ally × 2 allies), and it did not stop when halted\n");
        } finally {
            Spin.release();
        }
    }

    @Test
    void recursionWithoutEndExitsWithFourInOneLineAndAStackTraceOnlyWhenVerbose() {
        RuleFolder rules = RuleFolder.copyOfShipped(temp).withTestRule("deep-recursion.drl");

        Cli quiet = Cli.run("assess", FACTS, "--rules", rules.dir().toString());
        Cli verbose = Cli.run("assess", FACTS, "--rules", rules.dir().toString(), "--verbose");

        assertThat(quiet.exitCode()).isEqualTo(4);
        assertThat(quiet.out()).isEmpty();
        assertThat(quiet.err())
                .isEqualTo(
                        "error: rule \"Recurse without end\" ("
                                + rules.shown("deep-recursion.drl")
                                + ":11) failed: StackOverflowError: it recursed too deeply\n");
        assertThat(verbose.exitCode()).isEqualTo(4);
        assertThat(verbose.err()).contains("\tat ").contains("StackOverflowError");
    }

    @Test
    void ruleFloodingWorkingMemoryExitsWithFourInOneLine() {
        RuleFolder rules =
                RuleFolder.copyOfShipped(temp)
                        .withTestRule("million-facts.drl")
                        .replaceIn("million-facts.drl", "id == \"AAA\"", "id == \"XST\"");

        Cli run = Cli.run("assess", FACTS, "--rules", rules.dir().toString());

        assertThat(run.exitCode()).isEqualTo(4);
        assertThat(run.out()).isEmpty();
        assertThat(run.err())
                .startsWith(
                        "error: rule \"Insert a million facts\" ("
                                + rules.shown("million-facts.drl")
                                + ":11) flooded working memory: it inserted ")
                .endsWith(
                        " facts, past its limit of 11000 facts "
                                + "(engine.facts: 10000 + 500 per ally × 2 allies), and was stopped\n")
                .hasLineCount(1);
    }

    @Test
    void misspeltImportIsTheFirstLineAUserReads() throws Exception {
        int line =
                Files.readAllLines(Path.of("rules/regional.drl"))
                                .indexOf("import org.allyadvisor.facts.Tie;")
                        + 1;
        RuleFolder rules =
                RuleFolder.copyOfShipped(temp)
                        .replaceIn(
                                "regional.drl",
                                "import org.allyadvisor.facts.Tie;",
                                "import org.allyadvisor.facts.Tei;");

        Cli run = Cli.run("assess", FACTS, "--rules", rules.dir().toString());

        assertThat(run.exitCode()).isEqualTo(4);
        assertThat(run.out()).isEmpty();
        assertThat(run.err().lines().findFirst().orElseThrow())
                .startsWith(
                        rules.shown("regional.drl")
                                + ":"
                                + line
                                + ":8: error: "
                                + "cannot import 'org.allyadvisor.facts.Tei'");
    }

    @Test
    void verboseSaysWhatEachStepTookOnStderrOnly() {
        Cli quiet = Cli.run("assess", FACTS);
        Cli verbose = Cli.run("assess", FACTS, "--verbose");

        assertThat(verbose.exitCode()).isZero();
        assertThat(verbose.out()).isEqualTo(quiet.out());
        assertThat(verbose.err().lines().toList())
                .hasSize(4)
                .allMatch(line -> line.startsWith("ally-advisor: ") && line.endsWith(" ms)"))
                .first()
                .asString()
                .startsWith("ally-advisor: read 2 allies from " + FACTS + " (");
    }

    @Test
    void outputFileKeepsThePermissionsOfTheFileItReplaces() throws Exception {
        Path brief = Files.writeString(temp.resolve("brief.txt"), "the previous brief\n");
        Files.setPosixFilePermissions(brief, PosixFilePermissions.fromString("rw-r-----"));

        Cli run = Cli.run("assess", FACTS, "--output", brief.toString());

        assertThat(run.exitCode()).isZero();
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(brief)))
                .isEqualTo("rw-r-----");
    }

    @Test
    void resultThatCannotBeWrittenToStdoutIsAUsageError() {
        StringWriter err = new StringWriter();
        Writer broken =
                new Writer() {
                    @Override
                    public void write(char[] text, int offset, int length) throws IOException {
                        throw new IOException("No space left on device");
                    }

                    @Override
                    public void flush() {}

                    @Override
                    public void close() {}
                };

        int code =
                Main.run(
                        new String[] {"assess", FACTS},
                        new PrintWriter(broken),
                        new PrintWriter(err, true));

        assertThat(code).isEqualTo(2);
        assertThat(err.toString())
                .isEqualTo("ally-advisor: cannot write the result to standard output\n");
    }

    @Test
    void ruleFolderIsCompiledOnceAndThenLoadedFromTheCache() {
        RuleFolder rules = RuleFolder.copyOfShipped(temp);

        Cli first = Cli.run("assess", FACTS, "--rules", rules.dir().toString(), "--verbose");
        Cli second = Cli.run("assess", FACTS, "--rules", rules.dir().toString(), "--verbose");

        assertThat(first.err())
                .contains("ally-advisor: compiled 61 rules from " + rules.dir() + "/ (");
        assertThat(second.err())
                .contains(
                        "ally-advisor: loaded 61 rules compiled earlier from "
                                + rules.dir()
                                + "/ (");
        assertThat(second.out()).isEqualTo(first.out());
    }

    @Test
    void helpListsTheExitCodes() {
        Cli run = Cli.run("assess", "--help");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out())
                .contains("Usage: ally-advisor assess")
                .contains("Exit codes:\n  0    done\n  1    a check failed\n  2    usage error")
                .contains("  3    bad facts")
                .contains("  4    rules that fail to compile");
    }

    @Test
    void noCommandIsAUsageError() {
        Cli run = Cli.run();

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err())
                .startsWith("ally-advisor: a command is required\nUsage: ally-advisor");
    }

    @Test
    void adviceThatRestsOnAJudgementIsMarkedAndCountedInTheTable() {
        Cli run = Cli.run("assess", JUDGED);

        assertThat(run.exitCode()).isZero();
        assertThat(run.out())
                .contains(
                        "Analysts' judgements (not published figures): 1 of 8 actions and 3 of 6 risks rest on one")
                .contains(
                        "  Risk HIGH STRETCHED_CAPACITY (RISK-1; judged: threat.level): Threat level 4");
    }

    @Test
    void withoutJudgementsAssessesOnSourcedAndDerivedValuesAlone() {
        Cli run = Cli.run("assess", JUDGED, "--without-judgements", "--ally", "XBB");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out())
                .contains("Analysts' judgements: left out (--without-judgements)")
                .doesNotContain("judged:")
                .doesNotContain("Risk HIGH STRETCHED_CAPACITY");
    }

    @Test
    void jsonCarriesTheOriginOfEachEvidenceValue() {
        Cli run = Cli.run("assess", JUDGED, "--format", "json", "--ally", "XBB");

        assertThat(run.out())
                .contains("\"judgements\": \"included\"")
                .contains(
                        String.join(
                                "\n",
                                "          \"provenance\": {",
                                "            \"threat.level\": {",
                                "              \"kind\": \"judgement\",",
                                "              \"source\": \"An invented report\",",
                                "              \"basis\": \"Invented: an invented cyber campaign\",",
                                "              \"at\": \"src/test/resources/golden/judged.facts/judgements-threat.csv:3\"",
                                "            }",
                                "          },",
                                "          \"restsOnJudgement\": true,"));
    }

    @Test
    void refusedCacheEntryIsRecompiledWithOneLineUnderVerbose() throws IOException {
        Path cache = Files.createDirectories(temp.resolve("cache"));
        Files.setPosixFilePermissions(cache, PosixFilePermissions.fromString("rwxrwxrwx"));
        String before = System.getProperty(RuleCacheFolder.PROPERTY);
        System.setProperty(RuleCacheFolder.PROPERTY, cache.toString());
        try {
            Cli run = Cli.run("assess", FACTS, "--rules", "rules", "--verbose");

            assertThat(run.exitCode()).isZero();
            assertThat(run.err().lines().filter(l -> l.contains("cache")))
                    .containsExactly(
                            "ally-advisor: rule cache not used: "
                                    + "the cache folder "
                                    + cache
                                    + " can be written by its group; compiling the rules");
            assertThat(Cli.run("assess", FACTS, "--rules", "rules").err()).isEmpty();
        } finally {
            System.setProperty(RuleCacheFolder.PROPERTY, before);
        }
    }
}
