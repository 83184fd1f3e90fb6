package org.allyadvisor.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.allyadvisor.engine.AssessOptions;
import org.allyadvisor.facts.FactSet;
import org.allyadvisor.facts.SupportLevel;
import org.allyadvisor.report.SweepJsonReport;
import org.allyadvisor.report.SweepMarkdownReport;
import org.allyadvisor.report.SweepTableReport;
import org.allyadvisor.rules.RuleSet;
import org.allyadvisor.sweep.Range;
import org.allyadvisor.sweep.Sweep;
import org.allyadvisor.sweep.SweepException;
import org.allyadvisor.sweep.SweepResult;
import org.allyadvisor.sweep.Tornado;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code ally-advisor sweep FACTS}: flip points, the values of a threshold or of one ally's fact at
 * which advice appears, disappears or changes priority; without a name, the thresholds ranked by
 * how much advice flips near them.
 */
@Command(
        name = "sweep",
        mixinStandardHelpOptions = true,
        sortOptions = false,
        description =
                "Flip points: the values of a threshold (--threshold) or of one ally's fact (--fact) at which "
                        + "each ally's actions and risks appear, disappear or change priority, found by search over the rules "
                        + "and facts (every value they compare with, then bisection), not by a grid that could step over a "
                        + "flip. Without either: every numeric threshold the rules read, and the priority cut-offs, ranked by "
                        + "how many allies' advice flips within ±10 %% of its value.",
        footer = {
            "",
            "Examples:",
            "  ally-advisor sweep facts/ --threshold budget.floorPctGdp",
            "  ally-advisor sweep facts/ --fact POL.budget.realChangePct --range -5..20",
            "  ally-advisor sweep facts/ --format markdown -o sensitivity.md"
        })
final class SweepCommand implements Callable<Integer> {

    /** How a sweep is written out. */
    enum SweepFormat {
        TABLE,
        JSON,
        MARKDOWN
    }

    @Spec CommandSpec spec;

    @Mixin FactsParameter facts;

    @Mixin RuleOptions rules;

    @Option(
            names = "--threshold",
            paramLabel = "NAME",
            description =
                    "Sweep this number of thresholds.yaml, by its path: budget.floorPctGdp, "
                            + "technology.requiredMaturity.5, scoring.priorityFrom.HIGH.")
    String threshold;

    @Option(
            names = "--fact",
            paramLabel = "ALLY.FIELD",
            description =
                    "Sweep this fact of one ally, as whatif --set names it: POL.budget.realChangePct.")
    String fact;

    @Option(
            names = "--range",
            paramLabel = "LO..HI",
            description =
                    "The values to try, such as 1..3. Default: ±50 %% of the value now (for a fact, widened to "
                            + "the other allies' values), cut to what the thresholds' checks or the fact's range allow.")
    String range;

    @Option(
            names = "--support",
            paramLabel = "LEVEL",
            description =
                    "Sweep under this US support level instead of the fact set's: FULL, REDUCED or MINIMAL.")
    SupportLevel support;

    @Option(
            names = "--without-judgements",
            description =
                    "Assess on sourced, derived and given values alone: every analyst's judgement is a data gap.")
    boolean withoutJudgements;

    @Option(
            names = "--format",
            paramLabel = "FORMAT",
            description =
                    "table, json or markdown. Default: from the --output file's extension (.json, .md), else table.")
    SweepFormat format;

    @Mixin OutputOption output;

    @Mixin Diagnostics diagnostics;

    @Override
    public Integer call() throws Exception {
        PrintWriter err = spec.commandLine().getErr();
        Stopwatch clock = diagnostics.start(err);
        SweepFormat chosen = format(format, output.file);
        if (threshold != null && fact != null) {
            throw new UsageException("give --threshold NAME or --fact ALLY.FIELD, not both");
        }
        if (range != null && threshold == null && fact == null) {
            throw new UsageException(
                    "--range needs --threshold NAME or --fact ALLY.FIELD: the ranking without a name "
                            + "tries ±10 % around each threshold");
        }
        Optional<Range> values;
        try {
            values = range == null ? Optional.empty() : Optional.of(Range.parse(range));
        } catch (IllegalArgumentException badRange) {
            throw new UsageException("--range: " + badRange.getMessage());
        }
        FactSet factSet = facts.read(clock);
        RuleSet ruleSet = rules.load(diagnostics, err);
        clock.lap("loaded the rules");
        Sweep sweep =
                new Sweep(
                        ruleSet,
                        new AssessOptions(support, List.of(), null, withoutJudgements),
                        Runtime.getRuntime().availableProcessors());
        String text;
        try {
            if (threshold == null && fact == null) {
                Tornado tornado = sweep.tornado(factSet);
                clock.lap(
                        "swept "
                                + tornado.rows().size()
                                + " thresholds in "
                                + tornado.assessments()
                                + " assessments");
                text =
                        switch (chosen) {
                            case JSON -> SweepJsonReport.render(tornado);
                            case MARKDOWN -> SweepMarkdownReport.render(tornado);
                            case TABLE -> SweepTableReport.render(tornado);
                        };
            } else {
                SweepResult result =
                        threshold != null
                                ? sweep.threshold(factSet, threshold, values)
                                : sweep.fact(factSet, fact, values);
                clock.lap(
                        "swept "
                                + result.swept().name()
                                + " in "
                                + result.assessments()
                                + " assessments");
                text =
                        switch (chosen) {
                            case JSON -> SweepJsonReport.render(result);
                            case MARKDOWN -> SweepMarkdownReport.render(result);
                            case TABLE -> SweepTableReport.render(result);
                        };
            }
        } catch (SweepException wrongName) {
            throw new UsageException(
                    (threshold != null ? "--threshold: " : "--fact: ") + wrongName.getMessage());
        }
        output.write(out -> out.write(text), spec.commandLine().getOut());
        clock.lap("wrote the " + chosen.name().toLowerCase(Locale.ROOT) + " sweep");
        return ExitCodes.DONE;
    }

    /** The format asked for; else the one the output file's extension names; else the table. */
    private static SweepFormat format(SweepFormat given, Path file) throws UsageException {
        return FormatChoice.of(
                given,
                file,
                SweepFormat.TABLE,
                Map.of(
                        "json", SweepFormat.JSON,
                        "md", SweepFormat.MARKDOWN,
                        "markdown", SweepFormat.MARKDOWN));
    }
}
