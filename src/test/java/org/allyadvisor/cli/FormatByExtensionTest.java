package org.allyadvisor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * explain and rules, like assess, write what their output file's name says: {@code -o why.json}
 * never holds text, and a format they cannot write is refused rather than written under its name.
 */
class FormatByExtensionTest {

    private static final String FACTS = "src/test/resources/cli/two-allies.yaml";

    @TempDir Path temp;

    @Test
    void explainIntoAJsonFileWritesJson() throws Exception {
        Path file = temp.resolve("why.json");

        Cli run = Cli.run("explain", FACTS, "--ally", "XWK", "-o", file.toString());

        assertThat(run.exitCode()).isZero();
        assertThat(Files.readString(file)).startsWith("{");
    }

    @Test
    void explainIntoAMarkdownFileIsRefused() {
        Path file = temp.resolve("why.md");

        Cli run = Cli.run("explain", FACTS, "--ally", "XWK", "-o", file.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err())
                .isEqualTo(
                        "ally-advisor: cannot write "
                                + file
                                + " as .md; give --format text or json, or another file name\n");
        assertThat(file).doesNotExist();
    }

    @Test
    void explainWithAFormatGivenWritesThatFormatWhateverTheName() throws Exception {
        Path file = temp.resolve("why.json");

        Cli run =
                Cli.run(
                        "explain",
                        FACTS,
                        "--ally",
                        "XWK",
                        "--format",
                        "text",
                        "-o",
                        file.toString());

        assertThat(run.exitCode()).isZero();
        assertThat(Files.readString(file)).startsWith("XWK  Weakland");
    }

    @Test
    void rulesIntoJsonAndMarkdownFilesWriteThoseFormats() throws Exception {
        Path json = temp.resolve("rules.json");
        Path markdown = temp.resolve("rules.md");

        assertThat(Cli.run("rules", "-o", json.toString()).exitCode()).isZero();
        assertThat(Cli.run("rules", "-o", markdown.toString()).exitCode()).isZero();

        assertThat(Files.readString(json)).startsWith("{");
        assertThat(Files.readString(markdown))
                .isEqualTo(Cli.run("rules", "--format", "markdown").out());
    }

    @Test
    void rulesIntoAnHtmlFileIsRefused() {
        Path file = temp.resolve("rules.html");

        Cli run = Cli.run("rules", "-o", file.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err())
                .isEqualTo(
                        "ally-advisor: cannot write "
                                + file
                                + " as .html; give --format table, json or markdown, or another file name\n");
    }
}
