package org.allyadvisor.cli;

import java.io.InputStream;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.allyadvisor.engine.AssessOptions;
import org.allyadvisor.engine.Assessor;
import org.allyadvisor.facts.FactSet;
import org.allyadvisor.facts.SupportLevel;
import org.allyadvisor.facts.read.FactReader;
import org.allyadvisor.results.Assessment;
import org.allyadvisor.rules.RuleSet;
import picocli.CommandLine.Command;

/**
 * {@code ally-advisor warm-up}: not for people. The launcher (bin/ally-advisor) runs it once, in
 * the background, to make the class archive later runs start from: it walks the paths a real run
 * takes (facts read, the built-in rules loaded, every support level assessed, every format written)
 * on invented allies the jar carries, and prints nothing.
 */
@Command(
        name = "warm-up",
        hidden = true,
        description = "Train the launcher's class archive (used by bin/ally-advisor).")
final class WarmUpCommand implements Callable<Integer> {

    private static final String FACTS = "ally-advisor/warm-up/synthetic-allies.yaml";

    @Override
    public Integer call() throws Exception {
        Path folder = Files.createTempDirectory("ally-advisor-warm-up");
        Path facts = folder.resolve("synthetic-allies.yaml");
        try {
            try (InputStream in = WarmUpCommand.class.getClassLoader().getResourceAsStream(FACTS)) {
                if (in == null) {
                    throw new IllegalStateException("no " + FACTS + " in this build");
                }
                Files.copy(in, facts);
            }
            FactSet factSet = FactReader.read(facts);
            RuleSet rules = RuleSet.builtIn();
            Assessor assessor = new Assessor(rules);
            for (SupportLevel level : SupportLevel.values()) {
                Assessment assessment =
                        assessor.assess(factSet, AssessOptions.DEFAULTS.withSupport(level));
                for (Format format : Format.values()) {
                    format.write(
                            new Format.Result(assessment, factSet, rules), Writer.nullWriter());
                }
            }
            return ExitCodes.DONE;
        } finally {
            Files.deleteIfExists(facts);
            Files.deleteIfExists(folder);
        }
    }
}
