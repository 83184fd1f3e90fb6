package org.allyadvisor.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.stream.Stream;
import org.allyadvisor.engine.Assessor;
import org.allyadvisor.facts.read.FactReader;
import org.allyadvisor.report.JsonReport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A rule folder that has not changed loads compiled from the cache; anything else compiles anew.
 */
class CompiledRuleCacheTest {

    @TempDir Path temp;

    private List<Path> entries(Path cache) throws Exception {
        try (Stream<Path> files = Files.list(cache)) {
            return files.filter(f -> f.toString().endsWith(".compiled")).toList();
        }
    }

    @Test
    void unchangedFolderIsReadCompiledTheSecondTime() throws Exception {
        RuleFolder folder = RuleFolder.copyOfShipped(temp);
        CompiledRuleCache cache = cacheIn(temp.resolve("cache"));

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
    void editedRuleFileIsCompiledAnew() throws Exception {
        RuleFolder folder = RuleFolder.copyOfShipped(temp);
        CompiledRuleCache cache = cacheIn(temp.resolve("cache"));
        RuleSet first = RuleSet.load(folder.dir(), cache);
        folder.replaceIn(
                "budget.drl",
                "package org.allyadvisor.rules",
                "package org.allyadvisor.rules\n// edited");

        RuleSet edited = RuleSet.load(folder.dir(), cache);

        assertThat(edited.precompiled()).isFalse();
        assertThat(edited.sha256()).isNotEqualTo(first.sha256());
        assertThat(entries(cache.dir())).hasSize(2);
    }

    @Test
    void editedThresholdsLoadBesideTheCompiledRules() throws Exception {
        RuleFolder folder = RuleFolder.copyOfShipped(temp);
        CompiledRuleCache cache = cacheIn(temp.resolve("cache"));
        RuleSet first = RuleSet.load(folder.dir(), cache);
        folder.replaceIn("thresholds.yaml", "floorPctGdp: 2.0", "floorPctGdp: 2.5");

        RuleSet edited = RuleSet.load(folder.dir(), cache);

        assertThat(edited.precompiled()).isTrue();
        assertThat(edited.thresholds().budget().floorPctGdp()).isEqualTo(2.5);
        assertThat(edited.sha256())
                .isNotEqualTo(first.sha256())
                .isEqualTo(RuleSet.load(folder.dir()).sha256());
        assertThat(entries(cache.dir())).hasSize(1);
        var facts = FactReader.read(Path.of("facts/examples/synthetic"));
        assertThat(JsonReport.render(new Assessor(edited).assess(facts)))
                .isEqualTo(
                        JsonReport.render(new Assessor(RuleSet.load(folder.dir())).assess(facts)));
    }

    @Test
    void thresholdsThatNoLongerWeighAStatedDistanceAreCompiledToSayWhere() throws Exception {
        RuleFolder folder = RuleFolder.copyOfShipped(temp);
        CompiledRuleCache cache = cacheIn(temp.resolve("cache"));
        RuleSet.load(folder.dir(), cache);
        folder.replaceIn("thresholds.yaml", "pointsBelowFloor: 1.0", "pointsUnderFloor: 1.0");

        RuleSetException failure =
                catchThrowableOfType(
                        RuleSetException.class, () -> RuleSet.load(folder.dir(), cache));

        assertThat(failure.problems())
                .anySatisfy(
                        p ->
                                assertThat(p.toString())
                                        .contains("budget.drl:")
                                        .contains(
                                                "distance 'pointsBelowFloor' has no full distance"));
    }

    @Test
    void damagedEntryIsCompiledAnewAndReplaced() throws Exception {
        RuleFolder folder = RuleFolder.copyOfShipped(temp);
        CompiledRuleCache cache = cacheIn(temp.resolve("cache"));
        RuleSet.load(folder.dir(), cache);
        Files.writeString(entries(cache.dir()).get(0), "not a compiled rule set");

        assertThat(RuleSet.load(folder.dir(), cache).precompiled()).isFalse();
        assertThat(RuleSet.load(folder.dir(), cache).precompiled()).isTrue();
    }

    @Test
    void cacheThatCannotBeWrittenOnlyCostsTheCompile() throws Exception {
        RuleFolder folder = RuleFolder.copyOfShipped(temp);
        Path notAFolder =
                Files.writeString(temp.resolve("cache"), "a file where the cache folder should be");

        RuleSet rules = RuleSet.load(folder.dir(), cacheIn(notAFolder));

        assertThat(rules.precompiled()).isFalse();
        assertThat(rules.catalogue()).isNotEmpty();
    }

    @Test
    void brokenFolderIsReportedAndNotKept() throws Exception {
        RuleFolder folder = RuleFolder.copyOfShipped(temp).withTestRule("broken-syntax.drl");
        Path cache = temp.resolve("cache");

        RuleSetException failure =
                catchThrowableOfType(
                        RuleSetException.class, () -> RuleSet.load(folder.dir(), cacheIn(cache)));

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

        cacheIn(dir).prune();

        assertThat(entries(dir))
                .hasSize(CompiledRuleCache.KEPT)
                .noneMatch(p -> p.getFileName().toString().matches("entry-[0-4]\\.compiled"));
    }

    private CompiledRuleCache cacheIn(Path dir) {
        return CompiledRuleCache.in(dir, temp.resolve("config/cache.key")).withNotes(notes::add);
    }

    private final List<String> notes = new java.util.ArrayList<>();

    /** A cache whose one entry holds the shipped rules, compiled and signed. */
    private Path cachedEntry(RuleFolder folder) throws Exception {
        RuleSet.load(folder.dir(), cacheIn(temp.resolve("cache")));
        return entries(temp.resolve("cache")).get(0);
    }

    @Test
    void entryEditedInPlaceFailsItsIntegrityCheckAndIsRecompiled() throws Exception {
        RuleFolder folder = RuleFolder.copyOfShipped(temp);
        Path entry = cachedEntry(folder);
        byte[] bytes = Files.readAllBytes(entry);
        bytes[bytes.length / 2] ^= 1; // same length, one bit changed
        Files.write(entry, bytes);

        RuleSet rules = RuleSet.load(folder.dir(), cacheIn(temp.resolve("cache")));

        assertThat(rules.precompiled()).isFalse();
        assertThat(notes)
                .singleElement()
                .asString()
                .startsWith("rule cache: refused " + entry)
                .endsWith(
                        "fails its integrity check (not written by this user's ally-advisor); compiling the rules");
    }

    @Test
    void entrySignedWithAnotherKeyIsRefused() throws Exception {
        RuleFolder folder = RuleFolder.copyOfShipped(temp);
        Path planted = temp.resolve("planted");
        RuleSet.load(folder.dir(), CompiledRuleCache.in(planted, temp.resolve("someone-else.key")));
        Path cache = Files.createDirectories(temp.resolve("cache"));
        Path entry = entries(planted).get(0);
        Files.copy(entry, cache.resolve(entry.getFileName()));

        assertThat(RuleSet.load(folder.dir(), cacheIn(cache)).precompiled()).isFalse();
        assertThat(notes).singleElement().asString().contains("fails its integrity check");
    }

    @Test
    void entryOthersCanWriteIsRefusedEvenWhenItsTagIsGood() throws Exception {
        RuleFolder folder = RuleFolder.copyOfShipped(temp);
        Path entry = cachedEntry(folder);
        Files.setPosixFilePermissions(entry, PosixFilePermissions.fromString("rw-rw-r--"));

        assertThat(RuleSet.load(folder.dir(), cacheIn(temp.resolve("cache"))).precompiled())
                .isFalse();
        assertThat(notes)
                .singleElement()
                .asString()
                .contains(": can be written by its group; compiling the rules");
    }

    @Test
    void cacheFolderOthersCanWriteIsNotUsed() throws Exception {
        RuleFolder folder = RuleFolder.copyOfShipped(temp);
        cachedEntry(folder);
        Files.setPosixFilePermissions(
                temp.resolve("cache"), PosixFilePermissions.fromString("rwxrwxrwx"));

        assertThat(RuleSet.load(folder.dir(), cacheIn(temp.resolve("cache"))).precompiled())
                .isFalse();
        assertThat(notes)
                .singleElement()
                .asString()
                .isEqualTo(
                        "rule cache not used: the cache folder "
                                + temp.resolve("cache")
                                + " can be written by its group; compiling the rules");
    }

    @Test
    void fifoInPlaceOfAnEntryIsRefusedWithoutHanging() throws Exception {
        RuleFolder folder = RuleFolder.copyOfShipped(temp);
        Path entry = cachedEntry(folder);
        Files.delete(entry);
        Process mkfifo = new ProcessBuilder("mkfifo", entry.toString()).start();
        assertThat(mkfifo.waitFor()).isZero();

        RuleSet rules =
                org.assertj.core.api.Assertions.assertThat(
                                java.util.concurrent.CompletableFuture.supplyAsync(
                                        () -> {
                                            try {
                                                return RuleSet.load(
                                                        folder.dir(),
                                                        cacheIn(temp.resolve("cache")));
                                            } catch (RuleSetException e) {
                                                throw new IllegalStateException(e);
                                            }
                                        }))
                        .succeedsWithin(java.time.Duration.ofSeconds(60))
                        .actual();

        assertThat(rules.precompiled()).isFalse();
        assertThat(notes).first().asString().contains("is not a regular file");
    }

    @Test
    void keyOthersCanReadMeansNothingIsCached() throws Exception {
        RuleFolder folder = RuleFolder.copyOfShipped(temp);
        cachedEntry(folder);
        Files.setPosixFilePermissions(
                temp.resolve("config/cache.key"), PosixFilePermissions.fromString("rw-r--r--"));

        assertThat(RuleSet.load(folder.dir(), cacheIn(temp.resolve("cache"))).precompiled())
                .isFalse();
        assertThat(notes)
                .singleElement()
                .asString()
                .startsWith("rule cache not used: the cache key ")
                .contains("can be read by");
    }

    @Test
    void keyAndEntriesAreReadableByTheirOwnerAlone() throws Exception {
        Path entry = cachedEntry(RuleFolder.copyOfShipped(temp));

        assertThat(Files.getPosixFilePermissions(entry))
                .isEqualTo(PosixFilePermissions.fromString("rw-------"));
        assertThat(Files.getPosixFilePermissions(temp.resolve("config/cache.key")))
                .isEqualTo(PosixFilePermissions.fromString("rw-------"));
        assertThat(Files.getPosixFilePermissions(temp.resolve("cache")))
                .isEqualTo(PosixFilePermissions.fromString("rwx------"));
    }

    @Test
    void keyInsideTheCacheFolderIsRejected() {
        org.assertj.core.api.Assertions.assertThatThrownBy(
                        () -> CompiledRuleCache.in(temp, temp.resolve("cache.key")))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
