package org.allyadvisor.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * --output replaces regular files whole, writes through to anything else, and replaces nothing it
 * should not.
 */
class OutputTargetTest {

    @TempDir Path temp;

    /** A FIFO, made with mkfifo. */
    private Path fifo(String name) throws Exception {
        Path fifo = temp.resolve(name);
        assertThat(new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor()).isZero();
        return fifo;
    }

    /**
     * What a reader at the other end of a FIFO gets, read on another thread: writing blocks until
     * it opens.
     */
    private static CompletableFuture<String> readerOf(Path fifo) {
        return CompletableFuture.supplyAsync(
                () -> {
                    try {
                        return Files.readString(fifo);
                    } catch (java.io.IOException e) {
                        throw new java.io.UncheckedIOException(e);
                    }
                });
    }

    private static void write(String text, Path file) throws UsageException {
        OutputTarget.write(text, file, new PrintWriter(new StringWriter()));
    }

    @Test
    void fifoIsWrittenThroughNotReplaced() throws Exception {
        Path fifo = fifo("pipe");
        CompletableFuture<String> reader = readerOf(fifo);

        write("the result\n", fifo);

        assertThat(reader.get(30, TimeUnit.SECONDS)).isEqualTo("the result\n");
        assertThat(Files.isRegularFile(fifo)).isFalse();
        assertThat(Files.exists(fifo)).isTrue();
    }

    @Test
    void symbolicLinkIsFollowedAndKept() throws Exception {
        Path real = Files.writeString(temp.resolve("brief.json"), "old");
        Path link = Files.createSymbolicLink(temp.resolve("latest.json"), Path.of("brief.json"));

        write("new", link);

        assertThat(Files.isSymbolicLink(link)).isTrue();
        assertThat(Files.readString(real)).isEqualTo("new");
    }

    @Test
    void linkToAFileNotYetThereCreatesIt() throws Exception {
        Path link = Files.createSymbolicLink(temp.resolve("latest.json"), Path.of("brief.json"));

        write("new", link);

        assertThat(Files.isSymbolicLink(link)).isTrue();
        assertThat(Files.readString(temp.resolve("brief.json"))).isEqualTo("new");
    }

    @Test
    void readOnlyFileIsRefusedAndLeftAsItWas() throws Exception {
        Path brief = Files.writeString(temp.resolve("brief.json"), "keep me");
        Files.setPosixFilePermissions(brief, PosixFilePermissions.fromString("r--r--r--"));

        UsageException refused =
                catchThrowableOfType(UsageException.class, () -> write("new", brief));

        assertThat(refused)
                .hasMessage(
                        "cannot write " + brief + ": the file is read-only; it was left as it was");
        assertThat(Files.readString(brief)).isEqualTo("keep me");
    }

    @Test
    void failedWriteSaysWhyWithoutTheTemporaryFilesName() {
        assertThat(
                        OutputTarget.reason(
                                new java.nio.file.NoSuchFileException(
                                        "/proc/.brief.json.0a1b2c3d-0000-0000-0000-000000000000.tmp")))
                .isEqualTo("no file can be created in that folder");
        assertThat(
                        OutputTarget.reason(
                                new java.nio.file.FileSystemException(
                                        "/mnt/ro/.brief.json.x.tmp",
                                        null,
                                        "Read-only file system")))
                .isEqualTo("Read-only file system");
    }

    @Test
    void outputIntoAFolderThatTakesNoFilesNamesNoTemporaryFile() {
        UsageException refused =
                catchThrowableOfType(
                        UsageException.class, () -> write("x", Path.of("/proc/brief.json")));

        assertThat(refused.getMessage())
                .startsWith("cannot write /proc/brief.json: ")
                .doesNotContain(".tmp");
    }

    @Test
    void folderThatCannotBeWrittenIsNamed() throws Exception {
        assumeFalse("root".equals(System.getProperty("user.name")), "root may write any folder");
        Path folder = Files.createDirectories(temp.resolve("locked"));
        Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("r-xr-xr-x"));

        UsageException refused =
                catchThrowableOfType(
                        UsageException.class, () -> write("x", folder.resolve("brief.json")));

        assertThat(refused)
                .hasMessage(
                        "cannot write "
                                + folder.resolve("brief.json")
                                + ": the folder "
                                + folder
                                + " is not writable");
    }

    @Test
    void temporaryFilesLeftByAKilledRunAreRemovedButAFreshOneIsKept() throws Exception {
        Path stale =
                Files.writeString(
                        temp.resolve(".brief.json." + UUID.randomUUID() + ".tmp"),
                        "x".repeat(1000));
        Files.setLastModifiedTime(
                stale, FileTime.from(Instant.now().minus(OutputTarget.STALE).minusSeconds(5)));
        Path fresh =
                Files.writeString(
                        temp.resolve(".brief.json." + UUID.randomUUID() + ".tmp"), "being written");
        Path otherFile =
                Files.writeString(
                        temp.resolve(".other.json." + UUID.randomUUID() + ".tmp"),
                        "not ours to touch");
        Files.setLastModifiedTime(otherFile, FileTime.from(Instant.now().minusSeconds(3600)));

        write("result", temp.resolve("brief.json"));

        assertThat(stale).doesNotExist();
        assertThat(fresh).exists();
        assertThat(otherFile).exists();
        assertThat(Files.readString(temp.resolve("brief.json"), StandardCharsets.UTF_8))
                .isEqualTo("result");
    }

    @Test
    void linkToAFifoIsWrittenThrough() throws Exception {
        Path fifo = fifo("pipe");
        Path link = Files.createSymbolicLink(temp.resolve("out"), fifo);
        CompletableFuture<String> reader = readerOf(fifo);

        write("through the link\n", link);

        assertThat(reader.get(30, TimeUnit.SECONDS)).isEqualTo("through the link\n");
        assertThat(Files.isSymbolicLink(link)).isTrue();
    }
}
