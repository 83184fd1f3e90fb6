package org.allyadvisor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.allyadvisor.rules.RuleFolder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the README shows of the test command is what the command does. */
class ReadmeScenariosTest {

    @TempDir Path temp;

    private static String block(String fence, String after) throws Exception {
        String readme = Files.readString(Path.of("README.md"));
        int from = readme.indexOf(fence, readme.indexOf(after)) + fence.length();
        return readme.substring(from, readme.indexOf("```", from));
    }

    @Test
    void theExampleScenarioFileRunsAndPasses() throws Exception {
        Files.createDirectories(temp.resolve("facts"));
        Files.copy(
                Path.of("rules/scenarios/facts/sound-allies.yaml"),
                temp.resolve("facts/sound-allies.yaml"));
        Path example =
                Files.writeString(
                        temp.resolve("example.yaml"), block("```yaml\n", "**A scenario file**"));

        Cli run = Cli.run("test", "--rules", "rules", example.toString());

        assertThat(run.err()).isEmpty();
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).endsWith("3 passed, 0 failed\n");
    }

    @Test
    void theFloorWalkthroughShowsTheRealFailures() throws Exception {
        RuleFolder draft =
                RuleFolder.copyOfShipped(temp)
                        .replaceIn("thresholds.yaml", "  floorPctGdp: 2.0 ", "  floorPctGdp: 2.5 ");
        String shown =
                block("```text\n", "Set the floor to 2.5%")
                        .replace("/tmp/draft/", draft.dir() + "/");

        Cli run = Cli.run("test", "--rules", draft.dir().toString());

        assertThat(
                        run.out()
                                .lines()
                                .filter(line -> !line.startsWith("PASS"))
                                .map(line -> line + "\n")
                                .reduce("", String::concat))
                .isEqualTo(shown);
    }
}
