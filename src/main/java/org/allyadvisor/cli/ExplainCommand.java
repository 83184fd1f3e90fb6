package org.allyadvisor.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.allyadvisor.engine.AssessOptions;
import org.allyadvisor.engine.Explainer;
import org.allyadvisor.facts.FactSet;
import org.allyadvisor.facts.SupportLevel;
import org.allyadvisor.results.Explanation;
import org.allyadvisor.rules.RuleSet;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code ally-advisor explain FACTS --ally ID}: why the rules advise one ally as they do, and why
 * not more.
 */
@Command(
        name = "explain",
        mixinStandardHelpOptions = true,
        sortOptions = false,
        description = {
            "Explain one ally: every action and risk with its full chain (the rule and where it is "
                    + "written, the article passage, the classifications it matched, the facts with where each came "
                    + "from, the thresholds, the score's arithmetic), then, for every catalogue rule that gave the ally "
                    + "nothing, the condition that failed with the values it compared, or the facts that are missing.",
            "The why-not is read from each rule's own conditions as written, so it follows any edit to a rule file. "
                    + "With --rules, the rules are compiled once more with diagnostic queries (a few seconds); "
                    + "the built-in rules carry them compiled."
        },
        footer = {
            "",
            "Example:",
            "  ally-advisor explain facts/ --ally BEL",
            "  ally-advisor explain facts/ --ally JPN --format json --output jpn.json"
        })
final class ExplainCommand implements Callable<Integer> {

    @Spec CommandSpec spec;

    @Mixin FactsParameter facts;

    @Option(
            names = "--ally",
            paramLabel = "ID",
            required = true,
            description = "The ally to explain, by id (POL).")
    String ally;

    @Mixin RuleOptions rules;

    @Option(
            names = "--format",
            paramLabel = "FORMAT",
            description =
                    "text or json; json is ally-advisor/explanation/1. Default: the --output file's"
                            + " extension (.json), else text.")
    ExplainFormat format;

    @Mixin OutputOption output;

    @Option(
            names = "--support",
            paramLabel = "LEVEL",
            description =
                    "Explain under this US support level instead of the fact set's: FULL, REDUCED or MINIMAL.")
    SupportLevel support;

    @Option(
            names = "--without-judgements",
            description =
                    "Explain on sourced and derived values alone: every analyst's judgement is left a data gap.")
    boolean withoutJudgements;

    @Mixin Diagnostics diagnostics;

    @Override
    public Integer call() throws Exception {
        PrintWriter err = spec.commandLine().getErr();
        Stopwatch clock = diagnostics.start(err);
        ExplainFormat format = ExplainFormat.of(this.format, output.file);
        FactSet factSet = facts.read(clock);
        String id = ReportFilters.known(ally, factSet, facts.path());
        RuleSet ruleSet = RuleOptions.said(rules.load(diagnostics, err), clock);
        Explanation explanation =
                new Explainer(ruleSet)
                        .explain(
                                factSet,
                                id,
                                new AssessOptions(support, List.of(), null, withoutJudgements));
        clock.lap(
                "explained " + id + " under US support " + explanation.factSet().usSupportLevel());
        output.write(out -> format.write(explanation, out), spec.commandLine().getOut());
        clock.lap("wrote the " + format.name().toLowerCase(Locale.ROOT) + " explanation");
        return ExitCodes.DONE;
    }
}
