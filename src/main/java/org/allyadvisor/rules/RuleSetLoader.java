package org.allyadvisor.rules;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.drools.compiler.builder.impl.KnowledgeBuilderImpl;
import org.kie.api.KieBase;
import org.kie.api.io.Resource;
import org.kie.api.io.ResourceType;
import org.kie.internal.builder.CompositeKnowledgeBuilder;
import org.kie.internal.builder.KnowledgeBuilder;
import org.kie.internal.builder.KnowledgeBuilderFactory;
import org.kie.internal.io.ResourceFactory;

/** Compiles rule files and the thresholds file into a {@link RuleSet}, or says what is wrong. */
final class RuleSetLoader {

    static final String THRESHOLDS_FILE = "thresholds.yaml";
    static final String ENGINE_QUERIES = "org/allyadvisor/advice/proposals.drl";

    private RuleSetLoader() {}

    /** Compiles the rule files: DRL, DSL sentences and decision tables side by side. */
    static RuleSet load(List<RuleFile> files, String source) throws RuleSetException {
        requireRuleSetFiles(files, source);
        List<RuleProblem> problems = new ArrayList<>();
        RuleSources sources = RuleSources.of(files);
        problems.addAll(
                sources.problems()); // and go on: the other files' problems are reported with them
        List<RuleFile> code = sources.code();
        StatedDistances distances = StatedDistances.in(code);
        ThresholdsReader.Read thresholds = null;
        try {
            thresholds = thresholds(files, distances);
        } catch (RuleSetException badThresholds) {
            problems.addAll(badThresholds.problems());
        }
        ThresholdsReader.weighedMeasures(thresholdsFile(files).text())
                .ifPresent(weighed -> problems.addAll(distances.unweighed(weighed)));
        problems.addAll(DslFiles.missing(files));
        problems.addAll(DslEntries.problems(files));
        KnowledgeBuilder builder = KnowledgeBuilderFactory.newKnowledgeBuilder();
        CompositeKnowledgeBuilder batch = builder.batch();
        // the DSL files first: the DSLR files are expanded with them. A broken one is reported by
        // DslEntries, and left out with the sentences that need it.
        for (RuleFile file : sources.readableDsl()) {
            batch.add(resource(file.path(), file.bytes()), ResourceType.DSL);
        }
        for (RuleFile file : files) {
            switch (file.kind()) {
                case DRL -> batch.add(resource(file.path(), file.bytes()), ResourceType.DRL);
                case DSLR -> {
                    // without a DSL, DslFiles.missing says so once; an unmatched sentence is said
                    // by RuleSources
                    if (DslFiles.present(files) && !sources.dslBroken() && sources.readable(file)) {
                        batch.add(resource(file.path(), file.bytes()), ResourceType.DSLR);
                    }
                }
                case CSV_TABLE, XLSX_TABLE -> {
                    if (sources.readable(file)) {
                        batch.add(
                                resource(
                                        file.path(),
                                        sources.tableDrl(file.path())
                                                .getBytes(StandardCharsets.UTF_8)),
                                ResourceType.DRL);
                    }
                }
                default -> {}
            }
        }
        batch.add(
                ResourceFactory.newClassPathResource(
                        ENGINE_QUERIES, RuleSetLoader.class.getClassLoader()),
                ResourceType.DRL);
        batch.build();
        problems.addAll(DroolsMessages.problems(builder.getErrors(), source, files, code));
        if (!problems.isEmpty()) {
            throw new RuleSetException(problems);
        }
        KieBase kieBase = builder.newKieBase();
        Map<String, RuleCatalogue.RuleRefLocation> locations =
                RuleCatalogue.locations(kieBase, (KnowledgeBuilderImpl) builder);
        List<RuleInfo> rules = RuleCatalogue.read(kieBase, locations, problems);
        if (!problems.isEmpty()) {
            throw new RuleSetException(problems);
        }
        List<RuleWarning> warnings =
                RuleCode.check(
                        kieBase.getKiePackages().stream()
                                .flatMap(
                                        p ->
                                                ((KnowledgeBuilderImpl) builder)
                                                        .getPackageDescrs(p.getName()).stream())
                                .toList(),
                        code);
        // read when first asked for (explain, a failing rule): an assessment does not need it
        return new RuleSet(
                source,
                sha256(files),
                thresholds,
                rules,
                kieBase,
                locations,
                warnings,
                false,
                () -> RuleConditions.of(rules, code),
                files,
                distances.measures());
    }

    private static Resource resource(String path, byte[] bytes) {
        return ResourceFactory.newByteArrayResource(bytes).setSourcePath(path);
    }

    /** The decision tables of a rule set, kept for the checks that read their cells. */
    static List<RuleFile> tables(List<RuleFile> files) {
        return files.stream().filter(f -> f.kind().isTable()).toList();
    }

    /**
     * The rule files, from {@code compiled} when it was compiled from exactly these files, else
     * compiled anew: a stale or unreadable copy is never used.
     */
    static RuleSet load(List<RuleFile> files, String source, InputStream compiled)
            throws RuleSetException {
        try (compiled) {
            requireRuleSetFiles(files, source);
            // a compiled copy exists only of files that loaded, distances weighed and all
            // a compiled copy keeps the distance measures its rule code states: no table or DSL is
            // read here
            // keyed by the rule code alone: a thresholds file edited since still loads compiled
            CompiledRules.Loaded loaded = CompiledRules.read(compiled, codeSha256(files));
            ThresholdsReader.Read thresholds =
                    loaded == null ? null : thresholdsBeside(files, loaded.statedMeasures());
            if (thresholds != null) {
                List<RuleProblem> problems = new ArrayList<>();
                List<RuleInfo> rules =
                        RuleCatalogue.read(loaded.kieBase(), loaded.locations(), problems);
                if (problems.isEmpty()) {
                    return new RuleSet(
                            source,
                            sha256(files),
                            thresholds,
                            rules,
                            loaded.kieBase(),
                            loaded.locations(),
                            loaded.warnings(),
                            true,
                            () -> RuleConditions.of(rules, RuleSources.of(files).code()),
                            files,
                            loaded.statedMeasures());
                }
            }
        } catch (IOException
                | ClassNotFoundException
                | RuntimeException
                | RuleSetException unusable) {
            // an unreadable copy costs a compile, nothing more; bad thresholds are reported by it
        }
        return load(files, source);
    }

    private static void requireRuleSetFiles(List<RuleFile> files, String source)
            throws RuleSetException {
        List<RuleProblem> problems = new ArrayList<>();
        if (files.stream().noneMatch(f -> f.name().equals(THRESHOLDS_FILE))) {
            problems.add(
                    new RuleProblem(source, 0, 0, "no " + THRESHOLDS_FILE + " in the rule set"));
        }
        if (files.stream()
                .noneMatch(
                        f ->
                                f.kind() == RuleFile.Kind.DRL
                                        || f.kind() == RuleFile.Kind.DSLR
                                        || f.kind().isTable())) {
            problems.add(
                    new RuleProblem(
                            source,
                            0,
                            0,
                            "no rule files (*.drl, *.dslr, decision tables *.csv or *.xlsx) in the rule set"));
        }
        if (!problems.isEmpty()) {
            throw new RuleSetException(problems);
        }
    }

    private static ThresholdsReader.Read thresholds(List<RuleFile> files, StatedDistances distances)
            throws RuleSetException {
        return thresholds(files, distances.measures());
    }

    private static ThresholdsReader.Read thresholds(
            List<RuleFile> files, Set<String> statedMeasures) throws RuleSetException {
        RuleFile file = thresholdsFile(files);
        return ThresholdsReader.read(file.text(), file.path(), statedMeasures);
    }

    /**
     * The thresholds file of {@code files}, read beside rule code compiled earlier that states
     * {@code statedMeasures}; null when it is broken or weighs too few of the measures, for a
     * compile to report where (a compile checks the thresholds against the code line by line).
     */
    static ThresholdsReader.Read thresholdsBeside(
            List<RuleFile> files, Set<String> statedMeasures) {
        Optional<Set<String>> weighed =
                ThresholdsReader.weighedMeasures(thresholdsFile(files).text());
        if (weighed.isPresent() && !weighed.get().containsAll(statedMeasures)) {
            return null;
        }
        try {
            return thresholds(files, statedMeasures);
        } catch (RuleSetException broken) {
            return null;
        }
    }

    private static RuleFile thresholdsFile(List<RuleFile> files) {
        return files.stream()
                .filter(f -> f.name().equals(THRESHOLDS_FILE))
                .findFirst()
                .orElseThrow();
    }

    /**
     * A fingerprint of the rule code: every file but the thresholds file, whose values the rules
     * read as a fact when they run, so that its edits need no compile.
     */
    static String codeSha256(List<RuleFile> files) {
        return sha256(files.stream().filter(f -> !f.name().equals(THRESHOLDS_FILE)).toList());
    }

    /** A fingerprint of the rule set: every file's name and bytes, in name order. */
    static String sha256(List<RuleFile> files) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (RuleFile file : files) {
                digest.update(file.name().getBytes(StandardCharsets.UTF_8));
                digest.update((byte) 0);
                digest.update(file.bytes());
                digest.update((byte) 0);
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
