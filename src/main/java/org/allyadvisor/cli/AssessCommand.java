package org.allyadvisor.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;

import org.allyadvisor.engine.AssessOptions;
import org.allyadvisor.engine.Assessor;
import org.allyadvisor.engine.RuleRunException;
import org.allyadvisor.facts.Ally;
import org.allyadvisor.facts.FactSet;
import org.allyadvisor.facts.SupportLevel;
import org.allyadvisor.facts.read.BadFactsException;
import org.allyadvisor.facts.read.FactReader;
import org.allyadvisor.results.Assessment;
import org.allyadvisor.rules.CompiledRuleCache;
import org.allyadvisor.rules.RuleSet;
import org.allyadvisor.rules.RuleSetException;
import org.allyadvisor.rules.RuleWarning;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code ally-advisor assess FACTS}: the prioritized, explained action list for every ally. */
@Command(name = "assess", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Assess every ally of a fact set: actions by priority, risks, data gaps, regional coalition "
                + "opportunities and a cross-ally portfolio, each action explained.",
        footer = {"", "Example:", "  ally-advisor assess facts/ --ally POL --top 5",
            "  ally-advisor assess facts/ --support MINIMAL --format json --output brief.json"})
final class AssessCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FACTS",
            description = "A fact file (.yaml, .yml, .json) or a folder of fact files (YAML, JSON, CSV).")
    Path facts;

    @Option(names = "--rules", paramLabel = "DIR",
            description = "A rule folder to use instead of the built-in rules, e.g. rules/ as edited. Compiled once "
                    + "per change and kept in ~/.cache/ally-advisor (ALLY_ADVISOR_CACHE=DIR or off).")
    Path rules;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table",
            description = "table or json (default: ${DEFAULT-VALUE}).")
    Format format;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE",
            description = "Write the result to FILE (replaced whole, only when the run succeeds) instead of stdout.")
    Path output;

    @Option(names = "--ally", paramLabel = "ID",
            description = "Report only this ally (repeatable). Every ally is still assessed, for coalitions.")
    List<String> allies = new ArrayList<>();

    @Option(names = "--top", paramLabel = "N", description = "Report at most N actions per ally.")
    Integer top;

    @Option(names = "--support", paramLabel = "LEVEL",
            description = "Run under this US support level instead of the fact set's: FULL, REDUCED or MINIMAL. "
                    + "Its thresholds (supportLevels in thresholds.yaml) and its words apply.")
    SupportLevel support;

    @Option(names = "--without-judgements",
            description = "Assess on sourced and derived values alone: every value that is an analyst's judgement "
                    + "(a judgements*.csv file or a judgements section) is left a data gap.")
    boolean withoutJudgements;

    @Option(names = "--strict",
            description = "Refuse a rule set whose code calls outside what rules may call (System.exit, file writes, "
                    + "...): its warnings become errors (exit 4). Without it they are warnings on stderr.")
    boolean strict;

    @Option(names = {"-v", "--verbose"},
            description = "Say on stderr what each step took, show engine logs, and stack traces with errors.")
    boolean verbose;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        try {
            Logging.configure(verbose);
            if (top != null && top < 1) {
                throw new UsageException("--top must be at least 1, got " + top);
            }
            Stopwatch clock = new Stopwatch(verbose ? err : null);
            FactSet factSet = FactReader.read(facts);
            clock.lap("read " + factSet.allies().size() + " allies from " + facts);
            checkAllies(factSet);
            RuleSet ruleSet = loadRules();
            heed(ruleSet.warnings(), err);
            clock.lap((ruleSet.precompiled() ? "loaded " + ruleSet.rules().size() + " rules compiled earlier"
                    : "compiled " + ruleSet.rules().size() + " rules") + " from " + ruleSet.source());
            Assessment assessment = new Assessor(ruleSet)
                    .assess(factSet, new AssessOptions(support, allies, top, withoutJudgements));
            clock.lap("assessed under US support " + assessment.factSet().usSupportLevel());
            OutputTarget.write(out -> format.write(assessment, out), output, spec.commandLine().getOut());
            clock.lap("wrote the " + format.name().toLowerCase(java.util.Locale.ROOT) + " result");
            return ExitCodes.DONE;
        } catch (BadFactsException | RuleSetException | RuleRunException | UsageException failure) {
            ExitCodes.Failure mapped = ExitCodes.of(failure);
            mapped.lines().forEach(err::println);
            if (verbose) {
                failure.printStackTrace(err);
            }
            err.flush();
            return mapped.code();
        }
    }

    /** The built-in rules, or the --rules folder, from the rule cache when it has not changed. */
    private RuleSet loadRules() throws RuleSetException {
        if (rules == null) {
            return RuleSet.builtIn();
        }
        Optional<CompiledRuleCache> cache = RuleCacheFolder.of(System.getenv());
        PrintWriter err = spec.commandLine().getErr();
        return cache.isPresent() ? RuleSet.load(rules, cache.get().withNotes(verbose ? note -> err.println("ally-advisor: " + note)
                : note -> { })) : RuleSet.load(rules);
    }

    /** Rule code that calls outside the allow-list: said on stderr, or refused with --strict. */
    private void heed(List<RuleWarning> warnings, PrintWriter err) throws RuleSetException {
        if (strict && !warnings.isEmpty()) {
            throw new RuleSetException(warnings.stream().map(RuleWarning::asProblem).toList());
        }
        warnings.forEach(err::println);
    }

    private void checkAllies(FactSet factSet) throws UsageException {
        for (String id : allies) {
            if (factSet.ally(id).isEmpty()) {
                throw new UsageException("no ally '" + id + "' in " + facts + "; it has "
                        + String.join(", ", factSet.allies().stream().map(Ally::id).toList()));
            }
        }
    }
}
