package org.allyadvisor.rules;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

import org.allyadvisor.policy.Thresholds;
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
    private static final String ENGINE_QUERIES = "org/allyadvisor/engine/results.drl";

    private RuleSetLoader() {
    }

    static RuleSet load(List<RuleFile> files, String source) throws RuleSetException {
        List<RuleFile> drl = files.stream().filter(f -> f.hasExtension("drl")).toList();
        Optional<RuleFile> thresholdsFile = files.stream().filter(f -> f.name().equals(THRESHOLDS_FILE)).findFirst();
        List<RuleProblem> problems = new ArrayList<>();
        if (thresholdsFile.isEmpty()) {
            problems.add(new RuleProblem(source, 0, 0, "no " + THRESHOLDS_FILE + " in the rule set"));
        }
        if (drl.isEmpty()) {
            problems.add(new RuleProblem(source, 0, 0, "no rule files (*.drl) in the rule set"));
        }
        if (!problems.isEmpty()) {
            throw new RuleSetException(problems);
        }
        Thresholds thresholds = ThresholdsReader.read(thresholdsFile.get().text(), thresholdsFile.get().path());

        KnowledgeBuilder builder = KnowledgeBuilderFactory.newKnowledgeBuilder();
        CompositeKnowledgeBuilder batch = builder.batch();
        for (RuleFile file : drl) {
            batch.add(ResourceFactory.newByteArrayResource(file.text().getBytes(StandardCharsets.UTF_8))
                    .setSourcePath(file.path()), ResourceType.DRL);
        }
        batch.add(ResourceFactory.newClassPathResource(ENGINE_QUERIES, RuleSetLoader.class.getClassLoader()),
                ResourceType.DRL);
        batch.build();
        problems.addAll(DroolsMessages.problems(builder.getErrors(), source));
        if (!problems.isEmpty()) {
            throw new RuleSetException(problems);
        }
        KieBase kieBase = builder.newKieBase();
        List<RuleInfo> rules = RuleCatalogue.read(kieBase, (KnowledgeBuilderImpl) builder, problems);
        if (!problems.isEmpty()) {
            throw new RuleSetException(problems);
        }
        return new RuleSet(source, sha256(files), thresholds, rules, kieBase);
    }

    /** A fingerprint of the rule set: every file's name and bytes, in name order. */
    private static String sha256(List<RuleFile> files) {
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
