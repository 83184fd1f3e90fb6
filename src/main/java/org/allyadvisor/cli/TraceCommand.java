package org.allyadvisor.cli;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.allyadvisor.engine.Assessor;
import org.allyadvisor.facts.FactSet;
import org.allyadvisor.facts.SupportLevel;
import org.allyadvisor.report.TraceHtmlReport;
import org.allyadvisor.report.TraceJsonReport;
import org.allyadvisor.report.TraceMarkdownReport;
import org.allyadvisor.report.TraceTableReport;
import org.allyadvisor.results.Assessment;
import org.allyadvisor.rules.RuleSet;
import org.allyadvisor.rules.RuleWarning;
import org.allyadvisor.rules.SourceTexts;
import org.allyadvisor.trace.Trace;
import org.allyadvisor.trace.Traceability;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code ally-advisor trace FACTS}: the traceability matrix, from each passage of the source text
 * to the rules that encode it and what they raised on these facts.
 */
@Command(
        name = "trace",
        mixinStandardHelpOptions = true,
        sortOptions = false,
        description =
                "Trace the advice to the article: each passage of the source text (rules/source/: each sentence, "
                        + "list item and heading, with its line), the catalogue rules that encode it (id, name, form, file:line) "
                        + "and the actions, risks and coalitions they raised on these facts, with the allies. Then the passages "
                        + "no rule encodes and the rules whose passage is no longer in the source.",
        footer = {
            "",
            "Examples:",
            "  ally-advisor trace facts/",
            "  ally-advisor trace facts/ --rules rules/ --format markdown --output trace.md",
            "  ally-advisor trace facts/ --ally POL"
        })
final class TraceCommand implements Callable<Integer> {

    @Spec CommandSpec spec;

    @Mixin FactsParameter facts;

    @Mixin RuleOptions rules;

    @Option(
            names = "--format",
            paramLabel = "FORMAT",
            description =
                    "table, json, markdown or html (one page to open in a browser; the HTML brief of assess "
                            + "carries the same matrix). Default: from the --output file's extension (.json, .md, .html), else table.")
    Format format;

    @Mixin OutputOption output;

    @Mixin ReportFilters filters;

    @Option(
            names = "--support",
            paramLabel = "LEVEL",
            description =
                    "Assess under this US support level instead of the fact set's: FULL, REDUCED or MINIMAL.")
    SupportLevel support;

    @Option(
            names = "--without-judgements",
            description =
                    "Assess on sourced and derived values alone: every analyst's judgement is left a data gap.")
    boolean withoutJudgements;

    @Mixin Diagnostics diagnostics;

    @Override
    public Integer call() throws Exception {
        PrintWriter err = spec.commandLine().getErr();
        Stopwatch clock = diagnostics.start(err);
        filters.check();
        Format chosen = Format.of(format, output.file);
        if (chosen == Format.CSV) {
            throw new UsageException("trace writes table, json, markdown or html, not csv");
        }
        FactSet factSet = facts.read(clock);
        RuleSet used = rules.load(diagnostics, err);
        clock.lap("loaded " + used.rules().size() + " rules from " + used.source());
        if (used.sources().isEmpty()) {
            err.println(
                    new RuleWarning(
                            (used.source().endsWith("/") ? used.source() : used.source() + " ")
                                    + SourceTexts.FOLDER
                                    + "/",
                            0,
                            "no source text: no passage to trace, "
                                    + "so every rule is listed as quoting words not in the source; put the document the rules quote here"));
        }
        Assessment assessment =
                new Assessor(used)
                        .assess(
                                factSet,
                                filters.options(factSet, facts.path(), support, withoutJudgements));
        Trace trace = Traceability.of(used, assessment);
        clock.lap("assessed and traced " + trace.passages().size() + " passages");
        output.write(
                out -> {
                    switch (chosen) {
                        case JSON -> out.write(TraceJsonReport.render(trace));
                        case MARKDOWN -> out.write(TraceMarkdownReport.render(trace));
                        case HTML -> TraceHtmlReport.write(trace, out);
                        default -> out.write(TraceTableReport.render(trace));
                    }
                },
                spec.commandLine().getOut());
        clock.lap("wrote the " + chosen.name().toLowerCase(Locale.ROOT) + " matrix");
        return ExitCodes.DONE;
    }
}
