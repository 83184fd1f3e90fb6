package org.allyadvisor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
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

    @TempDir
    Path temp;

    private record Run(int exitCode, String out, String err) {
    }

    private Run run(Path cache, List<String> command) throws IOException, InterruptedException {
        Path out = temp.resolve("out.txt");
        Path err = temp.resolve("err.txt");
        ProcessBuilder builder = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile());
        builder.environment().put("ALLY_ADVISOR_CACHE", cache.toString());
        Process process = builder.start();
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
        return new Run(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8));
    }

    private Run launcher(Path cache, String... args) throws IOException, InterruptedException {
        return run(cache, Stream.concat(Stream.of(LAUNCHER.toString()), Stream.of(args)).toList());
    }

    private Run jar(String... args) throws IOException, InterruptedException {
        return run(temp.resolve("unused"), Stream.concat(Stream.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", "target/ally-advisor.jar"), Stream.of(args)).toList());
    }

    private static List<Path> archives(Path cache) throws IOException {
        Path folder = cache.resolve("launcher");
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(f -> f.toString().endsWith(".jsa") || f.toString().endsWith(".aot")).toList();
        }
    }

    private static void awaitArchive(Path cache) throws Exception {
        for (int i = 0; i < 240 && archives(cache).isEmpty(); i++) {
            Thread.sleep(500);
        }
    }

    @Test
    void launcherGivesTheJarsResultBeforeAndAfterItsArchiveExists() throws Exception {
        Path cache = temp.resolve("cache");
        Run plain = jar("assess", FACTS, "--format", "json");

        Run first = launcher(cache, "assess", FACTS, "--format", "json");
        awaitArchive(cache);
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
        Files.setPosixFilePermissions(cache.resolve("launcher"), PosixFilePermissions.fromString("rwxrwxrwx"));

        Run run = launcher(cache, "assess", FACTS);
        Thread.sleep(3000);

        assertThat(run.exitCode()).isZero();
        assertThat(archives(cache)).isEmpty();
    }
}
