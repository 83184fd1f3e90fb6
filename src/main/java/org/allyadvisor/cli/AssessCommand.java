package org.allyadvisor.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

import org.allyadvisor.engine.AssessOptions;
import org.allyadvisor.engine.Assessor;
import org.allyadvisor.facts.Ally;
import org.allyadvisor.facts.FactSet;
import org.allyadvisor.facts.SupportLevel;
import org.allyadvisor.facts.read.FactReader;
import org.allyadvisor.results.Assessment;
import org.allyadvisor.rules.RuleSet;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
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

    @Mixin
    RuleOptions rules;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table",
            description = "table or json (default: ${DEFAULT-VALUE}).")
    Format format;

    @Mixin
    OutputOption output;

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

    @Mixin
    Diagnostics diagnostics;

    @Override
    public Integer call() throws Exception {
        PrintWriter err = spec.commandLine().getErr();
        Stopwatch clock = diagnostics.start(err);
        if (top != null && top < 1) {
            throw new UsageException("--top must be at least 1, got " + top);
        }
        FactSet factSet = FactReader.read(facts);
        clock.lap("read " + factSet.allies().size() + " allies from " + facts);
        checkAllies(factSet);
        RuleSet ruleSet = rules.load(diagnostics, err);
        clock.lap((ruleSet.precompiled() ? "loaded " + ruleSet.rules().size() + " rules compiled earlier"
                : "compiled " + ruleSet.rules().size() + " rules") + " from " + ruleSet.source());
        Assessment assessment = new Assessor(ruleSet)
                .assess(factSet, new AssessOptions(support, allies, top, withoutJudgements));
        clock.lap("assessed under US support " + assessment.factSet().usSupportLevel());
        output.write(out -> format.write(assessment, out), spec.commandLine().getOut());
        clock.lap("wrote the " + format.name().toLowerCase(Locale.ROOT) + " result");
        return ExitCodes.DONE;
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
