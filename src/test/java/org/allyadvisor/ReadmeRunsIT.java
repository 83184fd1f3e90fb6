package org.allyadvisor;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.allyadvisor.ReadmeBlocks.Block;
import org.junit.jupiter.api.Test;

/**
 * Every command of README's {@code ```sh} blocks that runs the program runs as written, with the
 * packaged jar, and exits as README says it does.
 *
 * <p><b>Where.</b> The commands write files ({@code -o brief.json}, {@code cp -r rules my-rules},
 * {@code /tmp/draft}), so they run in a working copy, {@code target/readme-runs/}, made afresh each
 * time: {@code facts/}, {@code rules/} and {@code bin/} copied, {@code target/ally-advisor.jar}
 * linked. Each command runs there, as written, in {@code bash -o pipefail -c}, so output files land
 * in the copy and never in the repository. {@code /tmp/draft}, a folder other people's runs share
 * on a shared machine, is the one rewrite: it becomes {@code target/readme-runs/tmp/draft} (under
 * {@code tmp/}, so that a command naming a relative {@code draft/} by mistake still fails). The
 * working copy is kept under {@code target/} rather than in a JUnit temporary folder because the
 * launcher ({@code bin/ally-advisor}) trains its class archive in a background process after its
 * first run, which may still be writing into the cache when the test ends; {@code mvn clean}
 * removes it. HOME, XDG_CACHE_HOME and ALLY_ADVISOR_CACHE point into the copy too, so the user's
 * caches are neither read nor written.
 *
 * <p><b>Which.</b> A command is a line of a {@code sh} block, or a {@code for ... done} loop
 * spanning lines. Commands run in README order (the {@code /tmp/draft} of one section is the draft
 * a later line compares against, as for a reader), including setup lines that are plain shell
 * ({@code rm -rf /tmp/draft && cp -r rules /tmp/draft && sed ...}). Not run: {@code mvn} (the jar
 * is already built: the test runs after {@code package}; a line {@code mvn ... && CMD} runs CMD),
 * {@code bash .ci/run} (the build itself), {@code src/bench/} (benchmarks, minutes long, and timing
 * is no test's business on a shared machine), and {@code --watch} lines, which by design never
 * exit: killed after a timeout they would only show that they started, which {@code WatchTest}
 * checks in process with a real file change.
 *
 * <p><b>Exit codes.</b> 0, except {@code test} on the draft rules with the 2.5% floor, which README
 * says fails three cases: 1 (the pipeline's status under pipefail, {@code test}'s own code).
 *
 * <p>A failure names the README line, the command, its exit code and the end of its stderr.
 */
class ReadmeRunsIT {

    private static final Path WORK = Path.of("target", "readme-runs").toAbsolutePath();
    private static final String SHARED_DRAFT = "/tmp/draft";
    private static final Map<String, Integer> EXPECTED_FAILURES =
            Map.of("test --rules /tmp/draft/", 1);
    private static final long TIMEOUT_SECONDS = 300;

    private record Command(int line, String text) {}

    @Test
    void everyCommandOfTheReadmeRunsAsWritten() throws Exception {
        prepareWorkingCopy();
        List<Command> commands = commands();
        List<String> failures = new ArrayList<>();
        for (Command command : commands) {
            String failure = run(command);
            if (failure != null) {
                failures.add(failure);
            }
        }

        assertThat(commands).as("README commands that run the program").hasSizeGreaterThan(30);
        assertThat(failures).as("README commands that do not run as written").isEmpty();
        // the analysts' briefs were written into the working copy, each in the format its name asks
        // for
        assertThat(Files.readString(WORK.resolve("brief.html"))).startsWith("<!DOCTYPE html>");
        assertThat(Files.readString(WORK.resolve("brief.json"))).startsWith("{");
        assertThat(WORK.resolve("actions.csv")).isNotEmptyFile();
    }

    /** The README's program commands, in README order, with the line each starts on. */
    private static List<Command> commands() throws IOException {
        List<Command> commands = new ArrayList<>();
        for (Block block : ReadmeBlocks.of("sh")) {
            List<String> lines = block.lines();
            for (int i = 0; i < lines.size(); i++) {
                int line = block.firstLine() + i;
                String text = lines.get(i).strip();
                if (text.startsWith("for ")) {
                    StringBuilder loop = new StringBuilder(text);
                    while (!lines.get(i).strip().equals("done")) {
                        loop.append('\n').append(lines.get(++i));
                    }
                    text = loop.toString();
                }
                if (text.startsWith("mvn ")) {
                    int then = text.indexOf(" && ");
                    text = then < 0 ? "" : text.substring(then + 4);
                }
                if (text.isEmpty()
                        || text.startsWith("bash .ci/run")
                        || text.startsWith("src/bench/")
                        || text.contains("--watch")) {
                    continue;
                }
                commands.add(new Command(line, text));
            }
        }
        return commands;
    }

    private static String run(Command command) throws IOException, InterruptedException {
        String shell = command.text().replace(SHARED_DRAFT, WORK.resolve("tmp/draft").toString());
        Path out = WORK.resolve("stdout.txt");
        Path err = WORK.resolve("stderr.txt");
        ProcessBuilder builder =
                new ProcessBuilder("bash", "-o", "pipefail", "-c", shell)
                        .directory(WORK.toFile())
                        .redirectOutput(out.toFile())
                        .redirectError(err.toFile());
        Map<String, String> env = builder.environment();
        env.put("HOME", WORK.resolve("home").toString());
        env.put("XDG_CACHE_HOME", WORK.resolve("home/.cache").toString());
        env.put("ALLY_ADVISOR_CACHE", WORK.resolve("cache").toString());
        env.remove("JAVA_OPTS");
        Process process = builder.start();
        String where = "README.md:" + command.line() + ": " + command.text();
        if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
            return where + "\n    did not finish in " + TIMEOUT_SECONDS + " s";
        }
        int expected =
                EXPECTED_FAILURES.entrySet().stream()
                        .filter(failure -> command.text().contains(failure.getKey()))
                        .map(Map.Entry::getValue)
                        .findFirst()
                        .orElse(0);
        if (process.exitValue() == expected) {
            return null;
        }
        List<String> stderr = Files.readAllLines(err, StandardCharsets.UTF_8);
        return where
                + "\n    exit "
                + process.exitValue()
                + ", expected "
                + expected
                + "; stderr:\n    "
                + String.join(
                        "\n    ", stderr.subList(Math.max(0, stderr.size() - 10), stderr.size()));
    }

    private static void prepareWorkingCopy() throws IOException {
        if (Files.exists(WORK)) {
            try (Stream<Path> old = Files.walk(WORK)) {
                for (Path path : old.sorted(Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(path);
                }
            }
        }
        Files.createDirectories(WORK.resolve("target"));
        Files.createDirectories(WORK.resolve("home"));
        Files.createDirectories(WORK.resolve("tmp"));
        for (String folder : List.of("facts", "rules", "bin")) {
            copy(Path.of(folder), WORK.resolve(folder));
        }
        Path jar = Path.of("target", "ally-advisor.jar").toAbsolutePath();
        assertThat(jar).as("the packaged jar (this test runs after package)").exists();
        Files.createSymbolicLink(WORK.resolve("target/ally-advisor.jar"), jar);
    }

    private static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> tree = Files.walk(from)) {
            for (Path path : tree.toList()) {
                Path target = to.resolve(from.relativize(path).toString());
                if (Files.isDirectory(path)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(path, target, java.nio.file.StandardCopyOption.COPY_ATTRIBUTES);
                }
            }
        }
    }
}
