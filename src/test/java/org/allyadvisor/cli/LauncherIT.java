package org.allyadvisor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * bin/ally-advisor, the launcher: the same result and exit code as {@code java -jar}, a class
 * archive made in the background after the first run, and none kept where others could write.
 */
class LauncherIT {

    private static final Path LAUNCHER = Path.of("bin/ally-advisor");
    private static final String FACTS = "src/test/resources/cli/two-allies.yaml";

    @TempDir Path temp;

    private record Run(int exitCode, String out, String err) {}

    private Run run(Path cache, List<String> command) throws IOException, InterruptedException {
        Path out = temp.resolve("out.txt");
        Path err = temp.resolve("err.txt");
        ProcessBuilder builder =
                new ProcessBuilder(command)
                        .redirectOutput(out.toFile())
                        .redirectError(err.toFile());
        builder.environment().put("ALLY_ADVISOR_CACHE", cache.toString());
        Process process = builder.start();
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
        return new Run(
                process.exitValue(),
                Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8));
    }

    private Run launcher(Path cache, String... args) throws IOException, InterruptedException {
        return run(cache, Stream.concat(Stream.of(LAUNCHER.toString()), Stream.of(args)).toList());
    }

    private Run jar(String... args) throws IOException, InterruptedException {
        return run(
                temp.resolve("unused"),
                Stream.concat(
                                Stream.of(
                                        Path.of(System.getProperty("java.home"), "bin", "java")
                                                .toString(),
                                        "-jar",
                                        "target/ally-advisor.jar"),
                                Stream.of(args))
                        .toList());
    }

    private static List<Path> archives(Path cache) throws IOException {
        Path folder = cache.resolve("launcher");
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(f -> f.toString().endsWith(".jsa") || f.toString().endsWith(".aot"))
                    .toList();
        }
    }

    /**
     * Waits for the launcher's background training to put an archive in place, or for {@code
     * seconds} to pass: woken by the folder's own events, never by polling on a timer.
     *
     * @return whether an archive is there
     */
    private static boolean awaitArchive(Path cache, long seconds) throws Exception {
        Path folder = cache.resolve("launcher");
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        try (WatchService watcher = FileSystems.getDefault().newWatchService()) {
            folder.register(
                    watcher,
                    StandardWatchEventKinds.ENTRY_CREATE,
                    StandardWatchEventKinds.ENTRY_MODIFY);
            while (archives(cache).isEmpty()) {
                long left = end - System.nanoTime();
                WatchKey key = left <= 0 ? null : watcher.poll(left, TimeUnit.NANOSECONDS);
                if (key == null) {
                    return false;
                }
                key.pollEvents();
                key.reset();
            }
            return true;
        }
    }

    @Test
    void launcherGivesTheJarsResultBeforeAndAfterItsArchiveExists() throws Exception {
        Path cache = temp.resolve("cache");
        Run plain = jar("assess", FACTS, "--format", "json");

        Run first = launcher(cache, "assess", FACTS, "--format", "json");
        assertThat(awaitArchive(cache, 120)).as("an archive made after the first run").isTrue();
        Run second = launcher(cache, "assess", FACTS, "--format", "json");

        assertThat(first).isEqualTo(plain);
        assertThat(second).isEqualTo(plain);
        assertThat(archives(cache)).hasSize(1);
    }

    @Test
    void launcherPassesTheExitCodeAndErrorsThrough() throws Exception {
        Run run = launcher(temp.resolve("cache"), "assess", "no-such-facts.yaml");

        assertThat(run).isEqualTo(jar("assess", "no-such-facts.yaml"));
        assertThat(run.exitCode()).isEqualTo(3);
    }

    @Test
    void cacheFolderOthersCanWriteGetsNoArchive() throws Exception {
        Path cache = Files.createDirectories(temp.resolve("shared/launcher")).getParent();
        Files.setPosixFilePermissions(
                cache.resolve("launcher"), PosixFilePermissions.fromString("rwxrwxrwx"));

        Run run = launcher(cache, "assess", FACTS);

        assertThat(run.exitCode()).isZero();
        assertThat(awaitArchive(cache, 10)).as("an archive in a folder others can write").isFalse();
    }
}
