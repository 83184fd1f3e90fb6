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

import org.drools.compiler.builder.impl.KnowledgeBuilderImpl;
import org.kie.api.KieBase;
import org.kie.api.io.ResourceType;
import org.kie.internal.builder.CompositeKnowledgeBuilder;
import org.kie.internal.builder.KnowledgeBuilder;
import org.kie.internal.builder.KnowledgeBuilderFactory;
import org.kie.internal.io.ResourceFactory;

/** Compiles rule files and the thresholds file into a {@link RuleSet}, or says what is wrong. */
final class RuleSetLoader {

    static final String THRESHOLDS_FILE = "thresholds.yaml";
    static final String ENGINE_QUERIES = "org/allyadvisor/advice/proposals.drl";

    private RuleSetLoader() {
    }

    /** Compiles the rule files. */
    static RuleSet load(List<RuleFile> files, String source) throws RuleSetException {
        requireRuleSetFiles(files, source);
        List<RuleProblem> problems = new ArrayList<>();
        StatedDistances distances = StatedDistances.in(files);
        ThresholdsReader.Read thresholds = null;
        try {
            thresholds = thresholds(files, distances);
        } catch (RuleSetException badThresholds) {
            problems.addAll(badThresholds.problems()); // and go on: the rule files' problems are reported with them
        }
        ThresholdsReader.weighedMeasures(thresholdsFile(files).text())
                .ifPresent(weighed -> problems.addAll(distances.unweighed(weighed)));
        KnowledgeBuilder builder = KnowledgeBuilderFactory.newKnowledgeBuilder();
        CompositeKnowledgeBuilder batch = builder.batch();
        for (RuleFile file : files.stream().filter(f -> f.hasExtension("drl")).toList()) {
            batch.add(ResourceFactory.newByteArrayResource(file.text().getBytes(StandardCharsets.UTF_8))
                    .setSourcePath(file.path()), ResourceType.DRL);
        }
        batch.add(ResourceFactory.newClassPathResource(ENGINE_QUERIES, RuleSetLoader.class.getClassLoader()),
                ResourceType.DRL);
        batch.build();
        problems.addAll(DroolsMessages.problems(builder.getErrors(), source, files));
        if (!problems.isEmpty()) {
            throw new RuleSetException(problems);
        }
        KieBase kieBase = builder.newKieBase();
        Map<String, RuleCatalogue.RuleRefLocation> locations = RuleCatalogue.locations(kieBase, (KnowledgeBuilderImpl) builder);
        List<RuleInfo> rules = RuleCatalogue.read(kieBase, locations, problems);
        if (!problems.isEmpty()) {
            throw new RuleSetException(problems);
        }
        List<RuleWarning> warnings = RuleCode.check(kieBase.getKiePackages().stream()
                .flatMap(p -> ((KnowledgeBuilderImpl) builder).getPackageDescrs(p.getName()).stream()).toList(), files);
        return new RuleSet(source, sha256(files), thresholds, rules, kieBase, locations, warnings, false,
                RuleConditions.of(rules, files), files);
    }

    /**
     * The rule files, from {@code compiled} when it was compiled from exactly these files, else
     * compiled anew: a stale or unreadable copy is never used.
     */
    static RuleSet load(List<RuleFile> files, String source, InputStream compiled) throws RuleSetException {
        try (compiled) {
            requireRuleSetFiles(files, source);
            // a compiled copy exists only of files that loaded, distances weighed and all
            ThresholdsReader.Read thresholds = thresholds(files, StatedDistances.in(files));
            CompiledRules.Loaded loaded = CompiledRules.read(compiled, sha256(files));
            if (loaded != null) {
                List<RuleProblem> problems = new ArrayList<>();
                List<RuleInfo> rules = RuleCatalogue.read(loaded.kieBase(), loaded.locations(), problems);
                if (problems.isEmpty()) {
                    return new RuleSet(source, loaded.sha256(), thresholds, rules, loaded.kieBase(),
                            loaded.locations(), loaded.warnings(), true, RuleConditions.of(rules, files), files);
                }
            }
        } catch (IOException | ClassNotFoundException | RuntimeException | RuleSetException unusable) {
            // an unreadable copy costs a compile, nothing more; bad thresholds are reported by it
        }
        return load(files, source);
    }

    private static void requireRuleSetFiles(List<RuleFile> files, String source) throws RuleSetException {
        List<RuleProblem> problems = new ArrayList<>();
        if (files.stream().noneMatch(f -> f.name().equals(THRESHOLDS_FILE))) {
            problems.add(new RuleProblem(source, 0, 0, "no " + THRESHOLDS_FILE + " in the rule set"));
        }
        if (files.stream().noneMatch(f -> f.hasExtension("drl"))) {
            problems.add(new RuleProblem(source, 0, 0, "no rule files (*.drl) in the rule set"));
        }
        if (!problems.isEmpty()) {
            throw new RuleSetException(problems);
        }
    }

    private static ThresholdsReader.Read thresholds(List<RuleFile> files, StatedDistances distances)
            throws RuleSetException {
        RuleFile file = thresholdsFile(files);
        return ThresholdsReader.read(file.text(), file.path(), distances.measures());
    }

    private static RuleFile thresholdsFile(List<RuleFile> files) {
        return files.stream().filter(f -> f.name().equals(THRESHOLDS_FILE)).findFirst().orElseThrow();
    }

    /** A fingerprint of the rule set: every file's name and bytes, in name order. */
    static String sha256(List<RuleFile> files) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (RuleFile file : files) {
                digest.update(file.name().getBytes(StandardCharsets.UTF_8));
                digest.update((byte) 0);
                digest.update(file.text().getBytes(StandardCharsets.UTF_8));
                digest.update((byte) 0);
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
