package org.allyadvisor.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.allyadvisor.report.TestReport;
import org.allyadvisor.rules.RuleSet;
import org.allyadvisor.scenarios.ScenarioFile;
import org.allyadvisor.scenarios.ScenarioRunner;
import org.allyadvisor.scenarios.Scenarios;
import org.allyadvisor.scenarios.TestRun;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code ally-advisor test [SCENARIO...]}: runs the scenarios kept beside the rules, as a test
 * runner.
 */
@Command(
        name = "test",
        mixinStandardHelpOptions = true,
        sortOptions = false,
        description =
                "Run rule scenarios: given facts (a fact file with changes, or facts inline), expect actions, "
                        + "risks and coalitions present or absent, with priority. A line per case, what was expected and "
                        + "what the ally got for each failure, 'N passed, M failed' last; exit 1 on any failure.",
        footer = {
            "",
            "Without SCENARIO, the scenarios of the rule folder (DIR/scenarios/*.yaml), or the built-in ones.",
            "A malformed scenario file exits 4, like a broken rule file; bad facts in a scenario exit 3.",
            "",
            "Examples:",
            "  ally-advisor test --rules rules/ --coverage",
            "  ally-advisor test --rules rules/ rules/scenarios/budget.yaml"
        })
final class TestCommand implements Callable<Integer> {

    @Spec CommandSpec spec;

    @Parameters(
            paramLabel = "SCENARIO",
            arity = "0..*",
            description =
                    "Scenario files (.yaml), or folders of them, to run instead of the rule folder's.")
    List<Path> scenarios = new ArrayList<>();

    @Mixin RuleOptions rules;

    @Option(
            names = "--coverage",
            description =
                    "List each catalogue rule with the cases that made it fire, and name the rules no case exercises.")
    boolean coverage;

    @Option(
            names = "--min-coverage",
            paramLabel = "PCT",
            description =
                    "Fail (exit 1) when cases make fewer than PCT percent of the catalogue rules fire.")
    Double minCoverage;

    @Mixin Diagnostics diagnostics;

    @Override
    public Integer call() throws Exception {
        PrintWriter err = spec.commandLine().getErr();
        Stopwatch clock = diagnostics.start(err);
        if (minCoverage != null && (minCoverage.isNaN() || minCoverage < 0 || minCoverage > 100)) {
            throw new UsageException(
                    "--min-coverage takes a percentage from 0 to 100, got " + minCoverage);
        }
        RuleSet ruleSet = rules.load(diagnostics, err);
        clock.lap("loaded " + ruleSet.rules().size() + " rules from " + ruleSet.source());
        List<ScenarioFile> files =
                !scenarios.isEmpty()
                        ? Scenarios.read(scenarios, ruleSet)
                        : rules.folder() == null
                                ? Scenarios.builtIn(ruleSet)
                                : Scenarios.ofRuleFolder(rules.folder(), ruleSet);
        int cases = files.stream().mapToInt(f -> f.cases().size()).sum();
        clock.lap("read " + cases + " cases from " + files.size() + " scenario files");
        if (cases == 0) {
            err.println(
                    "ally-advisor: no scenario to run: "
                            + (rules.folder() == null
                                    ? "the built-in rules have none"
                                    : "write them in "
                                            + rules.folder().resolve(Scenarios.FOLDER)
                                            + "/*.yaml"));
        }
        TestRun run = new ScenarioRunner(ruleSet).run(files);
        clock.lap("ran " + cases + " cases");
        PrintWriter out = spec.commandLine().getOut();
        out.print(TestReport.render(run, coverage, minCoverage));
        out.flush();
        boolean enough = minCoverage == null || !run.coverage().isBelow(minCoverage);
        return cases > 0 && run.failed() == 0 && enough ? ExitCodes.DONE : ExitCodes.CHECK_FAILED;
    }
}
