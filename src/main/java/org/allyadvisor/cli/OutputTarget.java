package org.allyadvisor.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.allyadvisor.text.IoReasons;

/**
 * Where a command's result goes: stdout, or a file. A regular file is replaced atomically, so a
 * failed run never leaves it half-written nor spoils the one that was there. Anything else (a
 * device such as /dev/null or /dev/stdout, a FIFO) is written through, never replaced. A symbolic
 * link is followed: the file it points to is replaced and the link stays. A file that is read-only
 * is refused rather than replaced, even for a user (root) whom the system would let replace it.
 */
final class OutputTarget {

    /**
     * A temporary file of a run older than this was left by a run that was killed: it is removed.
     */
    static final Duration STALE = Duration.ofSeconds(60);

    private static final Set<PosixFilePermission> ANY_WRITE =
            EnumSet.of(
                    PosixFilePermission.OWNER_WRITE,
                    PosixFilePermission.GROUP_WRITE,
                    PosixFilePermission.OTHERS_WRITE);

    private OutputTarget() {}

    /** What is written: text made as it is written, so that a large result is never held whole. */
    @FunctionalInterface
    interface Body {
        void writeTo(Writer out) throws IOException;
    }

    static void write(String text, Path file, PrintWriter out) throws UsageException {
        write(target -> target.write(text), file, out);
    }

    static void write(Body text, Path file, PrintWriter out) throws UsageException {
        write(text, file, out, List.of());
    }

    /**
     * @param inputs the files and folders the command read: the result never replaces one of them,
     *     nor lands inside one, where the next run would read it as facts or rules
     */
    static void write(Body text, Path file, PrintWriter out, List<Path> inputs)
            throws UsageException {
        if (file != null) {
            refuseInputs(file, inputs);
        }
        if (file == null) {
            try {
                text.writeTo(out);
            } catch (IOException e) {
                throw new UsageException("cannot write the result to standard output");
            }
            out.flush();
            if (out.checkError()) {
                throw new UsageException("cannot write the result to standard output");
            }
            return;
        }
        Path named = file.toAbsolutePath();
        if (Files.isDirectory(named)) {
            throw new UsageException("cannot write " + file + ": it is a folder");
        }
        if (Files.exists(named) && !Files.isRegularFile(named)) {
            writeThrough(
                    text, named,
                    file); // /dev/null, /dev/stdout, a FIFO: the system follows any link
        } else {
            replace(text, resolved(file), file);
        }
    }

    private static void refuseInputs(Path file, List<Path> inputs) throws UsageException {
        Path target = real(file);
        if (target == null || (Files.exists(target) && !Files.isRegularFile(target))) {
            return; // a device or a FIFO is written through, never replaced
        }
        for (Path input : inputs) {
            Path read = real(input);
            if (read == null || !Files.exists(read)) {
                continue;
            }
            if (Files.isDirectory(read) && target.startsWith(read)) {
                throw new UsageException(
                        "cannot write "
                                + file
                                + ": it is inside "
                                + input
                                + ", a folder this command reads, where the next run would read it"
                                + " too; write it elsewhere");
            }
            if (target.equals(read)) {
                throw new UsageException(
                        "cannot write "
                                + file
                                + ": it is "
                                + input
                                + ", which this command reads; it was left as it was");
            }
        }
    }

    /**
     * The real path of a file, following every link, or of its folder when the file is not there
     * yet; null when neither can be found (the write then says what is wrong).
     */
    private static Path real(Path file) {
        Path absolute = file.toAbsolutePath().normalize();
        try {
            if (Files.exists(absolute)) {
                return absolute.toRealPath();
            }
            Path folder = absolute.getParent();
            return folder == null || !Files.isDirectory(folder)
                    ? null
                    : folder.toRealPath().resolve(absolute.getFileName());
        } catch (IOException e) {
            return null;
        }
    }

    /**
     * The file a path names: a symbolic link's target, followed to the end; the path itself when it
     * does not exist.
     */
    private static Path resolved(Path file) throws UsageException {
        Path absolute = file.toAbsolutePath();
        try {
            if (Files.isSymbolicLink(absolute)) {
                Path link = Files.readSymbolicLink(absolute);
                Path pointed = absolute.getParent().resolve(link).normalize();
                return Files.exists(pointed) ? pointed.toRealPath() : pointed;
            }
            return absolute;
        } catch (IOException e) {
            throw new UsageException("cannot write " + file + ": " + reason(e));
        }
    }

    private static void writeThrough(Body text, Path target, Path file) throws UsageException {
        try (Writer stream =
                new BufferedWriter(
                        new OutputStreamWriter(
                                Files.newOutputStream(target, StandardOpenOption.WRITE),
                                StandardCharsets.UTF_8))) {
            text.writeTo(stream);
        } catch (IOException e) {
            throw new UsageException("cannot write " + file + ": " + reason(e));
        }
    }

    private static void replace(Body text, Path target, Path file) throws UsageException {
        Path folder = target.getParent();
        if (folder == null || !Files.isDirectory(folder)) {
            throw new UsageException("cannot write " + file + ": no such folder");
        }
        if (Files.exists(target, LinkOption.NOFOLLOW_LINKS) && readOnly(target)) {
            throw new UsageException(
                    "cannot write " + file + ": the file is read-only; it was left as it was");
        }
        if (!Files.isWritable(folder)) {
            throw new UsageException(
                    "cannot write " + file + ": the folder " + folder + " is not writable");
        }
        removeStaleTemporaries(folder, target.getFileName().toString());
        Path temporary =
                folder.resolve("." + target.getFileName() + "." + UUID.randomUUID() + ".tmp");
        try {
            // a new file as any other the user writes (umask), not the owner-only one
            // createTempFile makes
            try (Writer stream =
                    Files.newBufferedWriter(
                            temporary,
                            StandardCharsets.UTF_8,
                            StandardOpenOption.CREATE_NEW,
                            StandardOpenOption.WRITE)) {
                text.writeTo(stream);
            }
            if (Files.exists(target)) {
                copyPermissions(target, temporary);
            }
            try {
                Files.move(
                        temporary,
                        target,
                        StandardCopyOption.ATOMIC_MOVE,
                        StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new UsageException("cannot write " + file + ": " + reason(e));
        } finally {
            try {
                Files.deleteIfExists(temporary);
            } catch (IOException ignored) {
                // the temporary file is all that is left; the next run removes it
            }
        }
    }

    /** Whether a file has no write permission for anyone: a deliberate "do not replace". */
    private static boolean readOnly(Path target) {
        try {
            PosixFileAttributeView posix =
                    Files.getFileAttributeView(target, PosixFileAttributeView.class);
            if (posix != null) {
                Set<PosixFilePermission> permissions = posix.readAttributes().permissions();
                return permissions.stream().noneMatch(ANY_WRITE::contains)
                        || !Files.isWritable(target);
            }
            return !Files.isWritable(target);
        } catch (IOException e) {
            return false; // unreadable attributes: the write itself will say what is wrong
        }
    }

    /**
     * Removes what a killed run of this program left while writing the same file: .NAME.UUID.tmp,
     * old enough.
     */
    static void removeStaleTemporaries(Path folder, String name) {
        Pattern ours =
                Pattern.compile(
                        "\\."
                                + Pattern.quote(name)
                                + "\\.[0-9a-f]{8}(-[0-9a-f]{4}){3}-[0-9a-f]{12}\\.tmp");
        Instant before = Instant.now().minus(STALE);
        try (Stream<Path> entries = Files.list(folder)) {
            entries.filter(p -> ours.matcher(p.getFileName().toString()).matches())
                    .filter(p -> Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS))
                    .filter(p -> modified(p).isBefore(before))
                    .forEach(
                            p -> {
                                try {
                                    Files.deleteIfExists(p);
                                } catch (IOException ignored) {
                                    // someone else's, or gone: not ours to insist on
                                }
                            });
        } catch (IOException | RuntimeException ignored) {
            // cleaning up is a courtesy; the write goes on
        }
    }

    private static Instant modified(Path file) {
        try {
            return Files.getLastModifiedTime(file, LinkOption.NOFOLLOW_LINKS).toInstant();
        } catch (IOException e) {
            return Instant.MAX;
        }
    }

    private static void copyPermissions(Path from, Path to) throws IOException {
        if (Files.getFileStore(to).supportsFileAttributeView(PosixFileAttributeView.class)) {
            Files.setPosixFilePermissions(to, Files.getPosixFilePermissions(from));
        }
    }

    /**
     * Why a write failed. The file missing is the folder refusing a new file, here: the result was
     * going to a temporary file beside it.
     */
    static String reason(IOException e) {
        return e instanceof NoSuchFileException missing && missing.getReason() == null
                ? "no file can be created in that folder"
                : IoReasons.of(e);
    }
}
