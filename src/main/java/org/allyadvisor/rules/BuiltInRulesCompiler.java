package org.allyadvisor.rules;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * A build step, run by Maven after the classes are compiled: compiles the built-in copy of {@code
 * rules/} once, so that {@link RuleSet#builtIn()} loads it without compiling (see {@link
 * CompiledRules}) and so that {@code explain} finds its diagnostic queries compiled too ({@link
 * ProbedRules}), and gives the build an id that keys {@link CompiledRuleCache} entries. Rules that
 * do not compile fail the build here, and so do rules that call outside what rules may call (see
 * {@link RuleSet#warnings()}): the built-in rules run without a word of warning.
 */
public final class BuiltInRulesCompiler {

    private BuiltInRulesCompiler() {}

    /**
     * @param args the built-in rule folder, and the file to write
     */
    public static void main(String[] args) throws RuleSetException, IOException {
        if (args.length != 2) {
            throw new IllegalArgumentException(
                    "usage: BuiltInRulesCompiler RULE_FOLDER COMPILED_FILE");
        }
        Path folder = Path.of(args[0]);
        RuleSet rules =
                RuleSetLoader.load(
                        RuleFiles.fromFolder(folder, RuleFiles.BUILT_IN_SHOWN_AS),
                        RuleSet.BUILT_IN);
        List<RuleWarning> warnings = new ArrayList<>(rules.warnings());
        warnings.addAll(
                RuleFiles.unknownFiles(
                        folder, RuleFiles.BUILT_IN_SHOWN_AS)); // a stray file would ship unread
        if (!warnings.isEmpty()) {
            throw new RuleSetException(warnings.stream().map(RuleWarning::asProblem).toList());
        }
        Path compiled = Path.of(args[1]);
        try (OutputStream out = Files.newOutputStream(compiled)) {
            rules.writeCompiled(out);
        }
        // and with the diagnostic queries of explain, so that it need not compile them either
        try (OutputStream out =
                Files.newOutputStream(
                        compiled.resolveSibling(
                                Path.of(RuleFiles.BUILT_IN_PROBED).getFileName()))) {
            rules.probed().write(out, rules.sha256());
        }
        Files.writeString(
                compiled.resolveSibling(Path.of(RuleFiles.BUILD_ID).getFileName()),
                UUID.randomUUID() + "\n");
    }
}
