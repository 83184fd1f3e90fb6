package org.allyadvisor.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.allyadvisor.engine.Assessor;
import org.allyadvisor.facts.read.FactReader;
import org.allyadvisor.report.JsonReport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A rule folder loaded again after a save keeps its compiled rules when only the thresholds
 * changed.
 */
class RuleSetReloadTest {

    @TempDir Path temp;

    @Test
    void thresholdsEditKeepsTheCompiledRulesAndAssessesAsACompileWould() throws Exception {
        RuleFolder folder = RuleFolder.copyOfShipped(temp);
        RuleSet earlier = RuleSet.load(folder.dir());
        folder.replaceIn("thresholds.yaml", "floorPctGdp: 2.0", "floorPctGdp: 2.5");

        RuleSet reloaded = RuleSet.reload(folder.dir(), earlier, null);

        RuleSet compiled = RuleSet.load(folder.dir());
        assertThat(reloaded.precompiled()).isTrue();
        assertThat(reloaded.thresholds().budget().floorPctGdp()).isEqualTo(2.5);
        assertThat(reloaded.sha256()).isEqualTo(compiled.sha256()).isNotEqualTo(earlier.sha256());
        assertThat(reloaded.rules()).isEqualTo(compiled.rules());
        var facts = FactReader.read(Path.of("facts/examples/synthetic"));
        assertThat(JsonReport.render(new Assessor(reloaded).assess(facts)))
                .isEqualTo(JsonReport.render(new Assessor(compiled).assess(facts)))
                .isNotEqualTo(JsonReport.render(new Assessor(earlier).assess(facts)));
    }

    @Test
    void ruleFileEditIsCompiled() throws Exception {
        RuleFolder folder = RuleFolder.copyOfShipped(temp);
        RuleSet earlier = RuleSet.load(folder.dir());
        folder.replaceIn(
                "budget.drl",
                "package org.allyadvisor.rules",
                "package org.allyadvisor.rules\n// edited");

        RuleSet reloaded = RuleSet.reload(folder.dir(), earlier, null);

        assertThat(reloaded.precompiled()).isFalse();
        assertThat(reloaded.sha256()).isEqualTo(RuleSet.load(folder.dir()).sha256());
    }

    @Test
    void fileAddedBesideTheRulesIsWarnedOfOnceAfterAThresholdsEdit() throws Exception {
        RuleFolder folder = RuleFolder.copyOfShipped(temp);
        Files.writeString(folder.dir().resolve("notes.txt"), "an officer's notes");
        RuleSet earlier = RuleSet.load(folder.dir());
        folder.replaceIn("thresholds.yaml", "floorPctGdp: 2.0", "floorPctGdp: 2.5");

        RuleSet reloaded = RuleSet.reload(folder.dir(), earlier, null);

        assertThat(reloaded.warnings()).isEqualTo(RuleSet.load(folder.dir()).warnings()).hasSize(1);
    }
}
