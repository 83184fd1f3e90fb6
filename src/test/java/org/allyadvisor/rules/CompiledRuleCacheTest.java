package org.allyadvisor.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.stream.Stream;

import org.allyadvisor.engine.Assessor;
import org.allyadvisor.facts.read.FactReader;
import org.allyadvisor.report.JsonReport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A rule folder that has not changed loads compiled from the cache; anything else compiles anew. */
class CompiledRuleCacheTest {

    @TempDir
    Path temp;

    private List<Path> entries(Path cache) throws Exception {
        try (Stream<Path> files = Files.list(cache)) {
            return files.filter(f -> f.toString().endsWith(".compiled")).toList();
        }
    }

    @Test
    void unchangedFolderIsReadCompiledTheSecondTime() throws Exception {
        RuleFolder folder = RuleFolder.copyOfShipped(temp);
        CompiledRuleCache cache = CompiledRuleCache.in(temp.resolve("cache"));

        RuleSet first = RuleSet.load(folder.dir(), cache);
        RuleSet second = RuleSet.load(folder.dir(), cache);

        assertThat(first.precompiled()).isFalse();
        assertThat(second.precompiled()).isTrue();
        assertThat(entries(cache.dir())).hasSize(1);
        assertThat(second.rules()).isEqualTo(first.rules());
        var facts = FactReader.read(Path.of("facts/examples/synthetic"));
        assertThat(JsonReport.render(new Assessor(second).assess(facts)))
                .isEqualTo(JsonReport.render(new Assessor(first).assess(facts)));
    }

    @Test
    void editedFolderIsCompiledAnew() throws Exception {
        RuleFolder folder = RuleFolder.copyOfShipped(temp);
        CompiledRuleCache cache = CompiledRuleCache.in(temp.resolve("cache"));
        RuleSet.load(folder.dir(), cache);
        folder.replaceIn("thresholds.yaml", "floorPctGdp: 2.0", "floorPctGdp: 2.5");

        RuleSet edited = RuleSet.load(folder.dir(), cache);

        assertThat(edited.precompiled()).isFalse();
        assertThat(edited.thresholds().budget().floorPctGdp()).isEqualTo(2.5);
        assertThat(entries(cache.dir())).hasSize(2);
    }

    @Test
    void damagedEntryIsCompiledAnewAndReplaced() throws Exception {
        RuleFolder folder = RuleFolder.copyOfShipped(temp);
        CompiledRuleCache cache = CompiledRuleCache.in(temp.resolve("cache"));
        RuleSet.load(folder.dir(), cache);
        Files.writeString(entries(cache.dir()).get(0), "not a compiled rule set");

        assertThat(RuleSet.load(folder.dir(), cache).precompiled()).isFalse();
        assertThat(RuleSet.load(folder.dir(), cache).precompiled()).isTrue();
    }

    @Test
    void cacheThatCannotBeWrittenOnlyCostsTheCompile() throws Exception {
        RuleFolder folder = RuleFolder.copyOfShipped(temp);
        Path notAFolder = Files.writeString(temp.resolve("cache"), "a file where the cache folder should be");

        RuleSet rules = RuleSet.load(folder.dir(), CompiledRuleCache.in(notAFolder));

        assertThat(rules.precompiled()).isFalse();
        assertThat(rules.catalogue()).isNotEmpty();
    }

    @Test
    void brokenFolderIsReportedAndNotKept() throws Exception {
        RuleFolder folder = RuleFolder.copyOfShipped(temp).withTestRule("broken-syntax.drl");
        Path cache = temp.resolve("cache");

        RuleSetException failure = catchThrowableOfType(RuleSetException.class,
                () -> RuleSet.load(folder.dir(), CompiledRuleCache.in(cache)));

        assertThat(failure.problems()).hasSize(1);
        assertThat(Files.exists(cache) ? entries(cache) : List.of()).isEmpty();
    }

    @Test
    void onlyTheMostRecentEntriesAreKept() throws Exception {
        Path dir = Files.createDirectories(temp.resolve("cache"));
        for (int i = 0; i < CompiledRuleCache.KEPT + 5; i++) {
            Path entry = Files.writeString(dir.resolve("entry-" + i + ".compiled"), "x");
            Files.setLastModifiedTime(entry, FileTime.fromMillis(1_000_000L * (i + 1)));
        }

        CompiledRuleCache.in(dir).prune();

        assertThat(entries(dir)).hasSize(CompiledRuleCache.KEPT)
                .noneMatch(p -> p.getFileName().toString().matches("entry-[0-4]\\.compiled"));
    }
}
