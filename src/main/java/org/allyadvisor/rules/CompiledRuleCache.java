package org.allyadvisor.rules;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * A folder of compiled rule sets, so that a rule folder that has not changed since the last run
 * loads without compiling. An entry is keyed by the fingerprint of the rule files, the way they
 * are shown, and the build of this program; a stale, foreign or unreadable entry is never used.
 * The cache is best effort: a folder that cannot be written only costs the compile. It holds
 * compiled rule code, as trustworthy as the rule files themselves: keep it in the user's own
 * cache folder.
 */
public final class CompiledRuleCache {

    /** How many compiled rule sets to keep; the least recently written go first. */
    static final int KEPT = 20;
    private static final String SUFFIX = ".compiled";

    private final Path dir;

    private CompiledRuleCache(Path dir) {
        this.dir = dir;
    }

    public static CompiledRuleCache in(Path dir) {
        return new CompiledRuleCache(dir);
    }

    public Path dir() {
        return dir;
    }

    /** The rule set of these files, from the cache when it holds them compiled, else compiled and kept. */
    RuleSet load(List<RuleFile> files, String source) throws RuleSetException {
        Optional<String> build = RuleSet.buildId();
        if (build.isEmpty()) {
            return RuleSetLoader.load(files, source); // a build without its id cannot tell its entries apart
        }
        Path entry = dir.resolve(key(RuleSetLoader.sha256(files), source, build.get()) + SUFFIX);
        RuleSet rules;
        try {
            InputStream stored = Files.newInputStream(entry);
            rules = RuleSetLoader.load(files, source, stored);
        } catch (IOException noEntry) {
            rules = RuleSetLoader.load(files, source);
        }
        if (!rules.precompiled()) {
            store(entry, rules);
        }
        return rules;
    }

    private void store(Path entry, RuleSet rules) {
        Path temporary = dir.resolve("." + UUID.randomUUID() + ".tmp");
        try {
            Files.createDirectories(dir);
            try (OutputStream out = Files.newOutputStream(temporary, StandardOpenOption.CREATE_NEW)) {
                rules.writeCompiled(out);
            }
            try {
                Files.move(temporary, entry, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, entry, StandardCopyOption.REPLACE_EXISTING);
            }
            prune();
        } catch (IOException | RuntimeException notKept) {
            try {
                Files.deleteIfExists(temporary);
            } catch (IOException ignored) {
                // nothing was kept; the next run compiles again
            }
        }
    }

    /** Keeps the {@value #KEPT} most recently written entries. */
    void prune() throws IOException {
        List<Path> entries;
        try (Stream<Path> files = Files.list(dir)) {
            entries = files.filter(f -> f.getFileName().toString().endsWith(SUFFIX)).toList();
        }
        List<Path> oldestFirst = entries.stream().sorted(Comparator.comparing(CompiledRuleCache::written)).toList();
        for (Path old : oldestFirst.subList(0, Math.max(0, oldestFirst.size() - KEPT))) {
            Files.deleteIfExists(old);
        }
    }

    private static long written(Path file) {
        try {
            return Files.getLastModifiedTime(file).toMillis();
        } catch (IOException gone) {
            return Long.MIN_VALUE;
        }
    }

    private static String key(String sha256, String source, String build) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (String part : List.of(sha256, source, build)) {
                digest.update(part.getBytes(StandardCharsets.UTF_8));
                digest.update((byte) 0);
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
