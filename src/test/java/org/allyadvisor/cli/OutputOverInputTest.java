package org.allyadvisor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.allyadvisor.rules.RuleFolder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * --output never replaces what the command reads, nor drops its result among the fact or rule
 * files, where the next run would read it as a fact or rule file and fail.
 */
class OutputOverInputTest {

    private static final String FACTS = "src/test/resources/cli/two-allies.yaml";

    @TempDir Path temp;

    @Test
    void outputOverTheFactFileIsRefusedAndTheFileKept() throws Exception {
        Path facts = Files.copy(Path.of(FACTS), temp.resolve("facts.yaml"));
        String before = Files.readString(facts);

        Cli run = Cli.run("assess", facts.toString(), "--format", "json", "-o", facts.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.out()).isEmpty();
        assertThat(run.err())
                .isEqualTo(
                        "ally-advisor: cannot write "
                                + facts
                                + ": it is "
                                + facts
                                + ", which this command reads; it was left as it was\n");
        assertThat(Files.readString(facts)).isEqualTo(before);
    }

    @Test
    void outputThroughALinkToTheFactFileIsRefused() throws Exception {
        Path facts = Files.copy(Path.of(FACTS), temp.resolve("facts.yaml"));
        Path link = Files.createSymbolicLink(temp.resolve("brief.json"), facts);
        String before = Files.readString(facts);

        Cli run = Cli.run("assess", facts.toString(), "-o", link.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(Files.readString(facts)).isEqualTo(before);
    }

    @Test
    void outputInsideTheFactFolderIsRefused() throws Exception {
        Path folder = Files.createDirectories(temp.resolve("facts"));
        Files.copy(Path.of(FACTS), folder.resolve("allies.yaml"));
        Path brief = folder.resolve("brief.json");

        Cli run = Cli.run("explain", folder.toString(), "--ally", "XST", "-o", brief.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err())
                .isEqualTo(
                        "ally-advisor: cannot write "
                                + brief
                                + ": it is inside "
                                + folder
                                + ", a folder this command reads, where the next run would read it"
                                + " too; write it elsewhere\n");
        assertThat(brief).doesNotExist();
        assertThat(Cli.run("assess", folder.toString()).exitCode()).isZero();
    }

    @Test
    void outputInsideTheRuleFolderIsRefused() {
        RuleFolder rules = RuleFolder.copyOfShipped(temp);
        Path table = rules.dir().resolve("actions.csv");

        Cli run =
                Cli.run("assess", FACTS, "--rules", rules.dir().toString(), "-o", table.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err()).contains("a folder this command reads");
        assertThat(table).doesNotExist();
    }

    @Test
    void whatIfDoesNotReplaceItsScenarioFile() throws Exception {
        Path scenario =
                Files.writeString(
                        temp.resolve("scenario.yaml"),
                        "title: t\nvariants:\n  - name: a\n    support: MINIMAL\n");

        Cli run =
                Cli.run(
                        "whatif",
                        FACTS,
                        "--scenario",
                        scenario.toString(),
                        "--format",
                        "json",
                        "-o",
                        scenario.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(Files.readString(scenario)).startsWith("title: t\n");
    }

    @Test
    void outputBesideTheFactFileIsWritten() throws Exception {
        Path brief = temp.resolve("brief.json");

        Cli run = Cli.run("assess", FACTS, "-o", brief.toString());

        assertThat(run.exitCode()).isZero();
        assertThat(brief).exists();
    }
}
