package org.allyadvisor.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.allyadvisor.engine.AssessOptions;
import org.allyadvisor.facts.FactSet;
import org.allyadvisor.facts.SupportLevel;
import org.allyadvisor.report.WhatIfCsvReport;
import org.allyadvisor.report.WhatIfHtmlReport;
import org.allyadvisor.report.WhatIfJsonReport;
import org.allyadvisor.report.WhatIfMarkdownReport;
import org.allyadvisor.report.WhatIfTableReport;
import org.allyadvisor.rules.RuleSet;
import org.allyadvisor.whatif.ScenarioFile;
import org.allyadvisor.whatif.Settings;
import org.allyadvisor.whatif.Variant;
import org.allyadvisor.whatif.WhatIf;
import org.allyadvisor.whatif.WhatIfResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code ally-advisor whatif FACTS}: the facts as given beside a hypothesis (changed facts, another
 * US support level, a scenario file of variants, or another rule folder), ally by ally.
 */
@Command(
        name = "whatif",
        mixinStandardHelpOptions = true,
        sortOptions = false,
        description =
                "Compare the assessment of the facts as given (the baseline) with a hypothesis: facts changed "
                        + "(--set), another US support level (--support), the variants of a scenario file (--scenario), or "
                        + "another rule folder (--against). Per ally: actions gained, lost, or changed in priority, rank or "
                        + "score, risks gained and lost, one line of summary; allies with no change are counted.",
        footer = {
            "",
            "Examples:",
            "  ally-advisor whatif facts/ --set ESP.budget.defensePctGdp=2.0 --support MINIMAL",
            "  ally-advisor whatif facts/ --scenario facts/examples/whatif-spain-floor.yaml --format markdown",
            "  ally-advisor whatif facts/ --against draft-rules/"
        })
final class WhatIfCommand implements Callable<Integer> {

    @Spec CommandSpec spec;

    @Parameters(
            index = "0",
            paramLabel = "FACTS",
            description =
                    "A fact file (.yaml, .yml, .json) or a folder of fact files (YAML, JSON, CSV): the baseline.")
    Path facts;

    @Mixin RuleOptions rules;

    @Option(
            names = "--against",
            paramLabel = "DIR",
            description =
                    "Run the variant through this rule folder instead of the baseline's rules (--rules, or the "
                            + "built-in rules), and list the catalogue rules and thresholds that differ.")
    Path against;

    @Option(
            names = "--set",
            paramLabel = "ALLY.FIELD=VALUE",
            description =
                    "Change one fact in the variant (repeatable), such as POL.budget.defensePctGdp=3.0, "
                            + "POL.memberships=[NATO, EU] or POL.threat.level=~ (a data gap). Checked as a fact file's value is.")
    List<String> sets = new ArrayList<>();

    @Option(
            names = "--support",
            paramLabel = "LEVEL",
            description = "Run the variant under this US support level: FULL, REDUCED or MINIMAL.")
    SupportLevel support;

    @Option(
            names = "--scenario",
            paramLabel = "FILE",
            description =
                    "A what-if scenario file (YAML): a title and variants, each with set: and/or support:. "
                            + "Every variant is compared with the baseline.")
    Path scenario;

    @Option(
            names = "--format",
            paramLabel = "FORMAT",
            description =
                    "table, json, markdown, html (one page to open in a browser) or csv (one row per changed "
                            + "action). Default: from the --output file's extension (.json, .md, .html, .csv), else table.")
    Format format;

    @Mixin OutputOption output;

    @Mixin ReportFilters filters;

    @Mixin Diagnostics diagnostics;

    @Override
    public Integer call() throws Exception {
        PrintWriter err = spec.commandLine().getErr();
        Stopwatch clock = diagnostics.start(err);
        Format chosen = Format.of(format, output.file);
        List<Map.Entry<String, String>> assignments = assignments();
        if (scenario != null && (!sets.isEmpty() || support != null)) {
            throw new UsageException(
                    "--scenario gives the variants: give --set and --support in its variants, "
                            + "not beside it");
        }
        if (scenario == null && sets.isEmpty() && support == null && against == null) {
            throw new UsageException(
                    "nothing to compare: give --set ALLY.FIELD=VALUE, --support LEVEL, "
                            + "--scenario FILE or --against DIR");
        }
        filters.check();
        FactSet factSet = FactsParameter.read(facts, clock);
        AssessOptions options = filters.options(factSet, facts, null, false);
        String title;
        List<Variant> variants;
        if (scenario != null) {
            ScenarioFile file = ScenarioFile.read(scenario, scenario.toString(), factSet);
            title = file.title();
            variants = file.variants();
        } else {
            List<String> changes = new ArrayList<>();
            assignments.forEach(a -> changes.add(a.getKey() + "=" + a.getValue()));
            if (support != null) {
                changes.add("US support " + support);
            }
            FactSet changed =
                    assignments.isEmpty() ? factSet : Settings.apply(factSet, assignments);
            String name =
                    changes.isEmpty() ? "the rules of " + against : String.join(", ", changes);
            title =
                    changes.isEmpty()
                            ? name
                                    + " instead of "
                                    + (rules.folder() == null
                                            ? "the built-in rules"
                                            : "those of " + rules.folder())
                            : name + " (a hypothesis)";
            variants = List.of(new Variant(name, changes, changed, support));
        }
        clock.lap("read " + variants.size() + (variants.size() == 1 ? " variant" : " variants"));
        RuleSet baselineRules = rules.load(diagnostics, err);
        RuleSet variantRules = against == null ? null : rules.load(against, diagnostics, err);
        clock.lap("loaded the rules");
        WhatIfResult result =
                new WhatIf(baselineRules, variantRules).run(title, factSet, options, variants);
        clock.lap(
                "assessed the baseline and "
                        + variants.size()
                        + (variants.size() == 1 ? " variant" : " variants"));
        output.write(
                out -> {
                    switch (chosen) {
                        case JSON -> out.write(WhatIfJsonReport.render(result));
                        case MARKDOWN -> out.write(WhatIfMarkdownReport.render(result));
                        case CSV -> WhatIfCsvReport.write(result, out);
                        case HTML -> WhatIfHtmlReport.write(result, out);
                        default -> out.write(WhatIfTableReport.render(result));
                    }
                },
                spec.commandLine().getOut());
        clock.lap("wrote the " + chosen.name().toLowerCase(Locale.ROOT) + " comparison");
        return ExitCodes.DONE;
    }

    /** Each --set as field and value, split at its first '='. */
    private List<Map.Entry<String, String>> assignments() throws UsageException {
        List<Map.Entry<String, String>> assignments = new ArrayList<>();
        for (String set : sets) {
            int equals = set.indexOf('=');
            if (equals <= 0) {
                throw new UsageException(
                        "--set wants ALLY.FIELD=VALUE, such as POL.budget.defensePctGdp=3.0, got '"
                                + set
                                + "'");
            }
            assignments.add(
                    Map.entry(set.substring(0, equals).strip(), set.substring(equals + 1).strip()));
        }
        return assignments;
    }
}
