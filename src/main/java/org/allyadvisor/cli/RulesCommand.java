package org.allyadvisor.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import org.allyadvisor.report.CatalogueReport;
import org.allyadvisor.rules.RuleSet;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code ally-advisor rules}: the catalogue of the loaded rules. */
@Command(
        name = "rules",
        mixinStandardHelpOptions = true,
        sortOptions = false,
        description =
                "List the catalogue of the loaded rules: id, category (or risk), name, form (DRL, DSL or TABLE), "
                        + "file:line and the passage of the source text each rule encodes.",
        footer = {
            "",
            "Example:",
            "  ally-advisor rules --rules rules/",
            "  ally-advisor rules --format markdown > catalogue.md"
        })
final class RulesCommand implements Callable<Integer> {

    /** How the catalogue is written out. */
    enum CatalogueFormat {
        TABLE,
        JSON,
        MARKDOWN
    }

    @Spec CommandSpec spec;

    @Mixin RuleOptions rules;

    @Option(
            names = "--format",
            paramLabel = "FORMAT",
            description =
                    "table, json or markdown. Default: the --output file's extension (.json, .md),"
                            + " else table.")
    CatalogueFormat format;

    @Option(
            names = "--all",
            description = "List the classification rules too (the rules without a catalogue id).")
    boolean all;

    @Mixin OutputOption output;

    @Mixin Diagnostics diagnostics;

    @Override
    public Integer call() throws Exception {
        PrintWriter err = spec.commandLine().getErr();
        Stopwatch clock = diagnostics.start(err);
        CatalogueFormat format = format(this.format, output.file);
        RuleSet ruleSet = rules.load(diagnostics, err);
        clock.lap("loaded " + ruleSet.rules().size() + " rules from " + ruleSet.source());
        String catalogue =
                switch (format) {
                    case TABLE -> CatalogueReport.table(ruleSet, all);
                    case JSON -> CatalogueReport.json(ruleSet, all);
                    case MARKDOWN -> CatalogueReport.markdown(ruleSet, all);
                };
        output.write(out -> out.write(catalogue), spec.commandLine().getOut());
        return ExitCodes.DONE;
    }

    /**
     * The format asked for; else the one the output file's extension names, so that {@code -o
     * rules.json} never holds a table; else the table.
     */
    private static CatalogueFormat format(CatalogueFormat given, Path output)
            throws UsageException {
        return FormatChoice.of(
                given,
                output,
                CatalogueFormat.TABLE,
                Map.of(
                        "json", CatalogueFormat.JSON,
                        "md", CatalogueFormat.MARKDOWN,
                        "markdown", CatalogueFormat.MARKDOWN));
    }
}
