package org.allyadvisor.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.util.UUID;

/**
 * Where a command's result goes: stdout, or a file replaced atomically, so that a failed run
 * never leaves a half-written file nor spoils the one that was there.
 */
final class OutputTarget {

    private OutputTarget() {
    }

    private static void copyPermissions(Path from, Path to) throws IOException {
        if (Files.getFileStore(to).supportsFileAttributeView(PosixFileAttributeView.class)) {
            Files.setPosixFilePermissions(to, Files.getPosixFilePermissions(from));
        }
    }

    static void write(String text, Path file, PrintWriter out) throws UsageException {
        if (file == null) {
            out.print(text);
            out.flush();
            if (out.checkError()) {
                throw new UsageException("cannot write the result to standard output");
            }
            return;
        }
        Path target = file.toAbsolutePath();
        Path folder = target.getParent();
        if (folder == null || !Files.isDirectory(folder)) {
            throw new UsageException("cannot write " + file + ": no such folder");
        }
        if (Files.isDirectory(target)) {
            throw new UsageException("cannot write " + file + ": it is a folder");
        }
        Path temporary = null;
        try {
            // a new file as any other the user writes (umask), not the owner-only one createTempFile makes
            temporary = folder.resolve("." + target.getFileName() + "." + UUID.randomUUID() + ".tmp");
            Files.writeString(temporary, text, StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW,
                    StandardOpenOption.WRITE);
            if (Files.exists(target)) {
                copyPermissions(target, temporary);
            }
            try {
                Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new UsageException("cannot write " + file + ": " + e.getMessage());
        } finally {
            if (temporary != null) {
                try {
                    Files.deleteIfExists(temporary);
                } catch (IOException ignored) {
                    // the temporary file is all that is left; the target is untouched
                }
            }
        }
    }
}
