package org.allyadvisor.cli;

import java.io.PrintWriter;
import java.io.Writer;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.allyadvisor.engine.AssessOptions;
import org.allyadvisor.engine.Assessor;
import org.allyadvisor.facts.FactSet;
import org.allyadvisor.facts.SupportLevel;
import org.allyadvisor.facts.read.FactReader;
import org.allyadvisor.results.Assessment;
import org.allyadvisor.rules.RuleSet;
import org.allyadvisor.uncertainty.Stability;
import org.allyadvisor.uncertainty.Uncertainty;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code ally-advisor assess FACTS}: the prioritized, explained action list for every ally. */
@Command(
        name = "assess",
        mixinStandardHelpOptions = true,
        sortOptions = false,
        description =
                "Assess every ally of a fact set: actions by priority, risks, data gaps, regional coalition "
                        + "opportunities and a cross-ally portfolio, each action explained.",
        footer = {
            "",
            "Example:",
            "  ally-advisor assess facts/ --ally POL --top 5",
            "  ally-advisor assess facts/ --support MINIMAL --format json --output brief.json",
            "  ally-advisor assess facts/ --uncertainty 10000 --seed 7    # how firm is each action?"
        })
final class AssessCommand implements Callable<Integer> {

    @Spec CommandSpec spec;

    @Mixin FactsParameter facts;

    @Mixin RuleOptions rules;

    @Option(
            names = "--format",
            paramLabel = "FORMAT",
            description =
                    "table, json, markdown (a brief to paste into a document), html (a brief to open in a browser: "
                            + "one file, charts included) or csv (one row per action, for spreadsheets). Default: from the --output "
                            + "file's extension (.json, .md, .html, .csv), else table.")
    Format format;

    @Mixin OutputOption output;

    @Mixin ReportFilters filters;

    @Option(
            names = "--support",
            paramLabel = "LEVEL",
            description =
                    "Run under this US support level instead of the fact set's: FULL, REDUCED or MINIMAL. "
                            + "Its thresholds (supportLevels in thresholds.yaml) and its words apply.")
    SupportLevel support;

    @Option(
            names = "--without-judgements",
            description =
                    "Assess on sourced and derived values alone: every value that is an analyst's judgement "
                            + "(a judgements*.csv file or a judgements section) is left a data gap.")
    boolean withoutJudgements;

    @Option(
            names = "--watch",
            description =
                    "Stay running: assess again each time a fact file or a file of the --rules folder is saved, "
                            + "and print the new result. A broken edit prints its errors and the watch goes on. Ctrl-C stops.")
    boolean watch;

    @Option(
            names = "--uncertainty",
            paramLabel = "N",
            description =
                    "How firm is the advice: assess N variants of the facts (and thresholds), each value drawn "
                            + "uniformly within the range declared for it (an uncertainty section), on every core; report for each "
                            + "action and risk the share of variants in which it holds, its rank interval and its priorities.")
    String uncertainty;

    @Option(
            names = "--seed",
            paramLabel = "S",
            description =
                    "The seed the --uncertainty variants are drawn from (a whole number; default 1): the same seed "
                            + "gives the same report, on any number of cores.")
    String seed;

    @Mixin Diagnostics diagnostics;

    @Override
    public Integer call() throws Exception {
        PrintWriter err = spec.commandLine().getErr();
        Stopwatch clock = diagnostics.start(err);
        filters.check();
        Format chosen = Format.of(format, output.file);
        if (uncertainty != null || seed != null) {
            study(chosen, clock, err);
            return ExitCodes.DONE;
        }
        // the rules load on the other core while the facts are read: neither needs the other
        RuleOptions.Loading loading = rules.loadMeanwhile(diagnostics, err);
        if (!watch) {
            FactSet factSet = facts.read(clock);
            AssessOptions options =
                    filters.options(factSet, facts.path(), support, withoutJudgements);
            assess(chosen, factSet, options, new Loaded(loaded(loading, clock)), clock);
            return ExitCodes.DONE;
        }
        Watched watched = new Watched(loading);
        return new WatchLoop(facts.path(), rules.folder(), err)
                .run(
                        rulesChanged -> {
                            watched.rehearsal.stop();
                            Stopwatch lap =
                                    watched.started
                                            ? new Stopwatch(diagnostics.verbose() ? err : null)
                                            : clock;
                            FactSet factSet = facts.read(lap);
                            AssessOptions options =
                                    filters.options(
                                            factSet, facts.path(), support, withoutJudgements);
                            Loaded before = watched.kept;
                            watched.rulesFor(rulesChanged, lap);
                            assess(chosen, factSet, options, watched.kept, lap);
                            watched.rehearsal =
                                    watched.kept != before
                                            ? Rehearsal.start(rehearsed(chosen, watched.kept))
                                            : watched.rehearsal.resume(
                                                    rehearsed(chosen, watched.kept));
                        });
    }

    /** {@code --uncertainty N}: the study of how firm the advice is, written out. */
    private void study(Format chosen, Stopwatch clock, PrintWriter err) throws Exception {
        int variants = StudyOptions.variants(uncertainty);
        long drawnFrom = StudyOptions.seed(seed);
        StudyOptions.check(chosen, watch);
        FactSet factSet = facts.read(clock);
        AssessOptions options = filters.options(factSet, facts.path(), support, withoutJudgements);
        RuleSet used = rules.load(diagnostics, err);
        clock.lap("loaded " + used.rules().size() + " rules from " + used.source());
        Stability stability = new Uncertainty(used).sample(factSet, options, variants, drawnFrom);
        clock.lap("assessed " + variants + " variants");
        output.write(
                out -> chosen.write(stability, factSet, used, out), spec.commandLine().getOut());
        clock.lap("wrote the " + chosen.name().toLowerCase(Locale.ROOT) + " result");
    }

    /**
     * The pass a watch runs at a save, rehearsed so that the saves after a start or a rule edit
     * find it compiled.
     */
    private Rehearsal.Round rehearsed(Format chosen, Loaded loaded) {
        return rehearsal -> {
            FactSet factSet = FactReader.read(facts.path());
            if (!rehearsal.stopped()) {
                Assessment assessment =
                        loaded.assessor()
                                .assess(
                                        factSet,
                                        filters.options(
                                                factSet, facts.path(), support, withoutJudgements));
                if (!rehearsal.stopped()) {
                    chosen.write(
                            new Format.Result(assessment, factSet, loaded.rules()),
                            Writer.nullWriter());
                }
            }
        };
    }

    /**
     * What a watch keeps between saves: the rules and their assessor, until a rule file changes.
     */
    private final class Watched {
        private final RuleOptions.Loading first;
        private boolean started;
        private Loaded kept;
        private Rehearsal rehearsal = Rehearsal.NONE;

        Watched(RuleOptions.Loading first) {
            this.first = first;
        }

        void rulesFor(boolean rulesChanged, Stopwatch clock) throws Exception {
            if (!started) {
                started = true;
                kept = new Loaded(loaded(first, clock));
            } else if (rulesChanged || kept == null) {
                RuleSet earlier = kept == null ? null : kept.rules();
                kept = null; // a broken edit keeps nothing: the next save loads the folder again
                kept =
                        new Loaded(
                                RuleOptions.said(
                                        rules.reload(
                                                earlier, diagnostics, spec.commandLine().getErr()),
                                        clock));
            }
        }
    }

    /** A rule set with the assessor that runs it, kept by a watch between saves. */
    private record Loaded(RuleSet rules, Assessor assessor) {
        Loaded(RuleSet rules) {
            this(rules, new Assessor(rules));
        }
    }

    private static RuleSet loaded(RuleOptions.Loading loading, Stopwatch clock) throws Exception {
        return RuleOptions.said(loading.get(), clock);
    }

    /** One assessment, written out. */
    private void assess(
            Format chosen, FactSet factSet, AssessOptions options, Loaded loaded, Stopwatch clock)
            throws Exception {
        Assessment assessment = loaded.assessor().assess(factSet, options);
        clock.lap("assessed under US support " + assessment.factSet().usSupportLevel());
        output.write(
                out -> chosen.write(new Format.Result(assessment, factSet, loaded.rules()), out),
                spec.commandLine().getOut());
        clock.lap("wrote the " + chosen.name().toLowerCase(Locale.ROOT) + " result");
    }
}
