package org.allyadvisor.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.allyadvisor.engine.Assessor;
import org.allyadvisor.facts.read.FactReader;
import org.allyadvisor.report.JsonReport;
import org.junit.jupiter.api.Test;

/**
 * The built-in rules come compiled with the program, and a compiled copy is used only when it is
 * exact.
 */
class CompiledRulesTest {

    private static String assessed(RuleSet rules, String facts) throws Exception {
        return JsonReport.render(new Assessor(rules).assess(FactReader.read(Path.of(facts))));
    }

    @Test
    void builtInRulesAreReadCompiledAndAssessExactlyAsTheRuleFolder() throws Exception {
        RuleSet builtIn = RuleSet.builtIn();
        RuleSet folder = Fixtures.shippedRules();

        assertThat(builtIn.precompiled()).isTrue();
        assertThat(folder.precompiled()).isFalse();
        assertThat(builtIn.sha256()).isEqualTo(folder.sha256());
        assertThat(builtIn.rules()).isEqualTo(folder.rules());
        for (String facts : List.of("facts", "facts/examples/synthetic")) {
            assertThat(
                            assessed(builtIn, facts)
                                    .replace("\"source\": \"built-in\"", "\"source\": \"rules/\""))
                    .as(facts)
                    .isEqualTo(assessed(folder, facts));
        }
    }

    @Test
    void compiledCopyOfOtherRuleFilesIsNotUsed() throws Exception {
        List<RuleFile> files = RuleFiles.fromFolder(Path.of("rules"));
        ByteArrayOutputStream compiled = new ByteArrayOutputStream();
        RuleSetLoader.load(files, "rules/").writeCompiled(compiled);
        List<RuleFile> edited = new ArrayList<>();
        for (RuleFile file : files) {
            edited.add(
                    file.name().equals("budget.drl")
                            ? RuleFile.ofText(
                                    file.name(), file.path(), file.text() + "\n// edited\n")
                            : file);
        }

        RuleSet rules =
                RuleSetLoader.load(
                        edited, "rules/", new ByteArrayInputStream(compiled.toByteArray()));

        assertThat(rules.precompiled()).isFalse();
    }

    @Test
    void compiledCopyIsUsedBesideEditedThresholds() throws Exception {
        List<RuleFile> files = RuleFiles.fromFolder(Path.of("rules"));
        ByteArrayOutputStream compiled = new ByteArrayOutputStream();
        RuleSetLoader.load(files, "rules/").writeCompiled(compiled);
        List<RuleFile> edited = new ArrayList<>();
        for (RuleFile file : files) {
            edited.add(
                    file.name().equals("thresholds.yaml")
                            ? RuleFile.ofText(
                                    file.name(),
                                    file.path(),
                                    file.text().replace("floorPctGdp: 2.0", "floorPctGdp: 2.5"))
                            : file);
        }

        RuleSet rules =
                RuleSetLoader.load(
                        edited, "rules/", new ByteArrayInputStream(compiled.toByteArray()));

        assertThat(rules.precompiled()).isTrue();
        assertThat(rules.thresholds().budget().floorPctGdp()).isEqualTo(2.5);
        assertThat(rules.sha256()).isEqualTo(RuleSetLoader.sha256(edited));
    }

    @Test
    void unreadableCompiledCopyIsCompiledAnew() throws Exception {
        RuleSet rules =
                RuleSetLoader.load(
                        RuleFiles.fromFolder(Path.of("rules")),
                        "rules/",
                        new ByteArrayInputStream(
                                "not a compiled rule base".getBytes(StandardCharsets.UTF_8)));

        assertThat(rules.precompiled()).isFalse();
        assertThat(rules.catalogue()).isNotEmpty();
    }

    @Test
    void compiledCopyOfTheSameFilesIsUsed() throws Exception {
        List<RuleFile> files = RuleFiles.fromFolder(Path.of("rules"));
        ByteArrayOutputStream compiled = new ByteArrayOutputStream();
        RuleSetLoader.load(files, "rules/").writeCompiled(compiled);

        RuleSet rules =
                RuleSetLoader.load(
                        files, "rules/", new ByteArrayInputStream(compiled.toByteArray()));

        assertThat(rules.precompiled()).isTrue();
        assertThat(assessed(rules, "facts/examples/synthetic"))
                .isEqualTo(assessed(Fixtures.shippedRules(), "facts/examples/synthetic"));
    }
}
