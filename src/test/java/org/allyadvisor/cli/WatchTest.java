package org.allyadvisor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.allyadvisor.rules.RuleFolder;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** assess --watch: one JVM that assesses again after every save, and survives a broken edit. */
class WatchTest {

    @TempDir Path temp;

    private final Watched out = new Watched();
    private final Watched err = new Watched();
    private final AtomicInteger exitCode = new AtomicInteger(-1);
    private Thread watching;

    private void watch(String... args) {
        watching =
                new Thread(
                        () ->
                                exitCode.set(
                                        Main.run(
                                                args,
                                                new PrintWriter(out, true),
                                                new PrintWriter(err, true))));
        watching.start();
    }

    @AfterEach
    void stop() throws Exception {
        if (watching != null) {
            watching.interrupt();
            watching.join(10_000);
        }
    }

    /** Waits, at most a minute, until what was written so far satisfies {@code condition}. */
    private static void await(Supplier<Boolean> condition, Supplier<String> shown)
            throws InterruptedException {
        assertThat(Watched.until(condition, 60_000)).withFailMessage("%s", shown.get()).isTrue();
    }

    /**
     * What the watching command writes, that a test can wait on: every write wakes the waiters, so
     * the test goes on the moment the line it waits for is there.
     */
    private static final class Watched extends Writer {

        private static final Object WRITTEN = new Object();
        private final StringBuilder text = new StringBuilder();

        @Override
        public void write(char[] chars, int offset, int length) {
            synchronized (WRITTEN) {
                text.append(chars, offset, length);
                WRITTEN.notifyAll();
            }
        }

        @Override
        public void flush() {}

        @Override
        public void close() {}

        @Override
        public String toString() {
            synchronized (WRITTEN) {
                return text.toString();
            }
        }

        static boolean until(Supplier<Boolean> condition, long millis) throws InterruptedException {
            long end = System.nanoTime() + millis * 1_000_000;
            synchronized (WRITTEN) {
                while (!condition.get()) {
                    long left = (end - System.nanoTime()) / 1_000_000;
                    if (left <= 0) {
                        return false;
                    }
                    WRITTEN.wait(left);
                }
                return true;
            }
        }
    }

    private static int count(String text, String what) {
        return text.split(java.util.regex.Pattern.quote(what), -1).length - 1;
    }

    @Test
    void savedFactFileIsAssessedAgainAndABrokenOneIsReportedWhileTheWatchGoesOn() throws Exception {
        Path facts =
                Files.copy(
                        Path.of("src/test/resources/cli/two-allies.yaml"),
                        temp.resolve("facts.yaml"));
        watch("assess", facts.toString(), "--watch", "--ally", "XWK", "--format", "csv");
        await(
                () -> err.toString().contains("watching"),
                () -> "err: " + err + " out: " + out + " exit: " + exitCode.get());
        assertThat(out.toString()).contains("BUD-1");

        Files.writeString(
                facts, Files.readString(facts).replace("defensePctGdp: 1.9", "defensePctGdp: 2.4"));
        await(() -> err.toString().contains("facts.yaml changed: re-assessed"), err::toString);
        String second = out.toString().substring(out.toString().lastIndexOf("\uFEFF"));
        assertThat(second).doesNotContain(",BUD-1,");

        Files.writeString(
                facts,
                Files.readString(facts).replace("defensePctGdp: 2.4", "defensePctGdp: lots"));
        await(() -> err.toString().contains("not assessed, see above"), err::toString);
        assertThat(err.toString())
                .contains(
                        facts
                                + ":26:29: allies[XWK].budget.defensePctGdp: expected a number, got \"lots\"");

        Files.writeString(
                facts,
                Files.readString(facts).replace("defensePctGdp: lots", "defensePctGdp: 1.9"));
        await(() -> count(err.toString(), "re-assessed in") == 2, err::toString);
        assertThat(out.toString().substring(out.toString().lastIndexOf("\uFEFF")))
                .contains(",BUD-1,");

        watching.interrupt();
        watching.join(10_000);
        assertThat(exitCode.get()).isZero();
    }

    @Test
    void filesThatAreNoFactFileDoNotCountAsAChange() throws Exception {
        Path folder = Files.createDirectories(temp.resolve("facts"));
        Path facts =
                Files.copy(
                        Path.of("src/test/resources/cli/two-allies.yaml"),
                        folder.resolve("facts.yaml"));
        watch("assess", folder.toString(), "--watch", "--ally", "XWK", "--format", "csv");
        await(() -> err.toString().contains("watching"), err::toString);

        Files.writeString(
                folder.resolve("sedAb12Cd"),
                "what sed -i writes before it renames"); // no extension
        Files.writeString(folder.resolve("notes.txt"), "an analyst's notes");
        Files.writeString(folder.resolve(".facts.yaml.swp"), "vim's swap file");
        Files.writeString(
                facts, Files.readString(facts).replace("defensePctGdp: 1.9", "defensePctGdp: 1.8"));
        await(() -> err.toString().contains("changed: re-assessed"), err::toString);

        assertThat(err.toString())
                .contains("ally-advisor: facts.yaml changed: re-assessed in ")
                .doesNotContain("sedAb12Cd")
                .doesNotContain("notes.txt")
                .doesNotContain(".swp");
    }

    @Test
    void savedRuleFileIsCompiledAgain() throws Exception {
        RuleFolder rules = RuleFolder.copyOfShipped(temp);
        Path thresholds = rules.dir().resolve("thresholds.yaml");
        watch(
                "assess",
                "src/test/resources/cli/two-allies.yaml",
                "--watch",
                "--rules",
                rules.dir().toString(),
                "--ally",
                "XWK",
                "--format",
                "csv");
        await(
                () -> err.toString().contains("watching"),
                () -> "err: " + err + " out: " + out + " exit: " + exitCode.get());
        assertThat(out.toString()).contains(",BUD-1,");

        Files.writeString(
                thresholds,
                Files.readString(thresholds).replace("floorPctGdp: 2.0", "floorPctGdp: 1.8"));
        await(() -> err.toString().contains("thresholds.yaml changed: re-assessed"), err::toString);

        assertThat(out.toString().substring(out.toString().lastIndexOf("\uFEFF")))
                .doesNotContain(",BUD-1,");
    }
}
