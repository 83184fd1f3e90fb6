package org.allyadvisor.rules;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * A folder of compiled rule sets, so that a rule folder that has not changed since the last run
 * loads without compiling. An entry is keyed by the fingerprint of the rule code (every file but
 * the thresholds file, which is read anew at every load), the way the folder is shown, and the
 * build of this program; a stale, foreign or unreadable entry is never used. An entry is compiled
 * rule code, so it is used only when this user's program wrote it (see {@link CacheTrust}): an
 * entry that fails its integrity tag, or that others could have written, is refused and the rules
 * compiled instead. The cache is best effort: a folder that cannot be written only costs the
 * compile.
 */
public final class CompiledRuleCache {

    /** How many compiled rule sets to keep; the least recently written go first. */
    static final int KEPT = 20;

    /** An entry larger than this is not read: compiled rule sets are a few megabytes. */
    static final long MAX_ENTRY_BYTES = 256L << 20;

    private static final String SUFFIX = ".compiled";

    private final Path dir;
    private final Path keyFile;
    private final Consumer<String> notes;

    private CompiledRuleCache(Path dir, Path keyFile, Consumer<String> notes) {
        this.dir = dir;
        this.keyFile = keyFile;
        this.notes = notes;
    }

    /**
     * A cache in {@code dir} whose entries are signed with the key in {@code keyFile}, which must
     * lie outside {@code dir} (it is made, readable by this user alone, when missing).
     */
    public static CompiledRuleCache in(Path dir, Path keyFile) {
        if (keyFile.toAbsolutePath().normalize().startsWith(dir.toAbsolutePath().normalize())) {
            throw new IllegalArgumentException(
                    "the cache key must be kept outside the cache folder " + dir);
        }
        return new CompiledRuleCache(dir, keyFile, note -> {});
    }

    /**
     * The same cache, telling {@code listener} in one line why an entry was refused or not kept.
     */
    public CompiledRuleCache withNotes(Consumer<String> listener) {
        return new CompiledRuleCache(dir, keyFile, listener);
    }

    /** The folder the compiled rule sets are kept in. */
    public Path dir() {
        return dir;
    }

    /**
     * The rule set of these files, from the cache when it holds them compiled, else compiled and
     * kept.
     */
    RuleSet load(List<RuleFile> files, String source) throws RuleSetException {
        Optional<String> build = RuleSet.buildId();
        if (build.isEmpty()) {
            return RuleSetLoader.load(
                    files, source); // a build without its id cannot tell its entries apart
        }
        StringBuilder why = new StringBuilder();
        Optional<CacheTrust> trust = CacheTrust.of(keyFile, why);
        String folderRefused = trust.isEmpty() ? why.toString() : folderRefusal();
        if (folderRefused != null) {
            notes.accept("rule cache not used: " + folderRefused + "; compiling the rules");
            return RuleSetLoader.load(files, source);
        }
        // keyed by the rule code alone: after a thresholds edit the rules load compiled, the new
        // values read beside them
        Path entry =
                dir.resolve(key(RuleSetLoader.codeSha256(files), source, build.get()) + SUFFIX);
        RuleSet rules = null;
        if (Files.exists(entry, LinkOption.NOFOLLOW_LINKS)) {
            byte[] payload = trustedPayload(entry, trust.get());
            if (payload != null) {
                rules = RuleSetLoader.load(files, source, new ByteArrayInputStream(payload));
            }
        }
        if (rules == null) {
            rules = RuleSetLoader.load(files, source);
        }
        if (!rules.precompiled()) {
            store(entry, rules, trust.get());
        }
        return rules;
    }

    /**
     * Why the folder must not be used, or null: a folder others can write lets them plant entries.
     */
    private String folderRefusal() {
        try {
            String refused =
                    Files.exists(dir, LinkOption.NOFOLLOW_LINKS)
                            ? CacheTrust.refusalToWrite(dir)
                            : null;
            return refused == null ? null : "the cache folder " + dir + " " + refused;
        } catch (IOException e) {
            return "the cache folder " + dir + " cannot be checked: " + e.getMessage();
        }
    }

    /**
     * The entry's compiled rules when this user's program wrote them, else null (with a note why).
     */
    private byte[] trustedPayload(Path entry, CacheTrust trust) {
        String refused;
        try {
            refused = CacheTrust.refusalToWrite(entry);
            if (refused == null && Files.isDirectory(entry, LinkOption.NOFOLLOW_LINKS)) {
                refused = "is a folder";
            }
            if (refused == null && Files.size(entry) > MAX_ENTRY_BYTES) {
                refused = "is larger than any compiled rule set";
            }
            if (refused == null) {
                byte[] stored = Files.readAllBytes(entry);
                if (stored.length > CacheTrust.TAG_BYTES) {
                    byte[] tag = Arrays.copyOf(stored, CacheTrust.TAG_BYTES);
                    byte[] payload =
                            Arrays.copyOfRange(stored, CacheTrust.TAG_BYTES, stored.length);
                    if (trust.verifies(payload, tag)) {
                        return payload;
                    }
                }
                refused = "fails its integrity check (not written by this user's ally-advisor)";
            }
        } catch (IOException e) {
            refused = "cannot be read: " + e.getMessage();
        }
        notes.accept("rule cache: refused " + entry + ": " + refused + "; compiling the rules");
        return null;
    }

    private void store(Path entry, RuleSet rules, CacheTrust trust) {
        Path temporary = dir.resolve("." + UUID.randomUUID() + ".tmp");
        try {
            if (!Files.isDirectory(dir)) {
                Files.createDirectories(
                        dir,
                        PosixFilePermissions.asFileAttribute(
                                PosixFilePermissions.fromString("rwx------")));
            }
            ByteArrayOutputStream compiled = new ByteArrayOutputStream();
            rules.writeCompiled(compiled);
            byte[] payload = compiled.toByteArray();
            try (OutputStream out =
                    Files.newOutputStream(
                            Files.createFile(
                                    temporary,
                                    PosixFilePermissions.asFileAttribute(
                                            PosixFilePermissions.fromString("rw-------"))),
                            StandardOpenOption.WRITE)) {
                out.write(trust.tag(payload));
                out.write(payload);
            }
            try {
                Files.move(
                        temporary,
                        entry,
                        StandardCopyOption.ATOMIC_MOVE,
                        StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, entry, StandardCopyOption.REPLACE_EXISTING);
            }
            prune();
        } catch (IOException | RuntimeException notKept) {
            notes.accept(
                    "rule cache: could not keep the compiled rules in "
                            + dir
                            + ": "
                            + notKept.getMessage());
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
        List<Path> oldestFirst =
                entries.stream().sorted(Comparator.comparing(CompiledRuleCache::written)).toList();
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
