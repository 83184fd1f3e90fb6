package org.allyadvisor.facts.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.allyadvisor.facts.FactSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * How large a fact set may be: files up to FactReader.MAX_FILE_BYTES (64 MiB), past the 3 MiB
 * SnakeYAML refuses by default, and as many allies as there are three-letter ids.
 */
class FactSetSizeTest {

    private static final String TOO_LARGE =
            ": the file is 67108865 bytes, over the 67108864 bytes (64 MiB) a fact file"
                    + " may hold; split its allies over several files of one folder";

    @TempDir Path dir;

    /**
     * A file of this many bytes, made at once: its content (zero bytes) is never read when it is
     * too large.
     */
    private Path sized(String name, long bytes) throws IOException {
        Path file = dir.resolve(name);
        try (RandomAccessFile sparse = new RandomAccessFile(file.toFile(), "rw")) {
            sparse.setLength(bytes);
        }
        return file;
    }

    @Test
    void yamlPastSnakeYamlsDefaultThreeMebibytesIsRead() throws IOException, BadFactsException {
        // the padding is comment lines: SnakeYAML counts every code point of the document, and
        // skips comments fast
        String comment = "# " + "x".repeat(98) + "\n";
        Path file =
                Files.writeString(
                        dir.resolve("big.yaml"),
                        comment.repeat(33_000)
                                + "allies: [{id: POL, name: Poland, region: Europe-East}]\n");
        assertThat(Files.size(file)).isGreaterThan(3L * 1024 * 1024);

        FactSet facts = FactReader.read(file);

        assertThat(facts.ally("POL")).isPresent();
    }

    @Test
    void fileOverTheLimitIsRefusedInOneLineBeforeItIsRead() throws IOException {
        Path file = sized("big.yaml", FactReader.MAX_FILE_BYTES + 1L);

        assertThat(Bad.problems(file)).containsExactly(file + TOO_LARGE);
    }

    @Test
    void fileOverTheLimitInAFolderIsNamedWithItsFolder() throws IOException {
        Files.writeString(dir.resolve("meta.yaml"), "meta: {title: t}\n");
        sized("allies.csv", FactReader.MAX_FILE_BYTES + 1L);

        assertThat(Bad.problems(dir)).containsExactly(dir + "/allies.csv" + TOO_LARGE);
    }

    @Test
    void fileJustAtTheLimitIsReadNotRefusedForItsSize() throws IOException {
        Path file = sized("at-limit.yaml", FactReader.MAX_FILE_BYTES);

        List<String> problems =
                Bad.problems(file); // zero bytes are no YAML, but they are read as such

        assertThat(problems).isNotEmpty().noneMatch(line -> line.contains("a fact file may hold"));
    }

    @Test
    void textOverTheLimitIsRefusedToo() {
        String text = "#".repeat(FactReader.MAX_FILE_BYTES) + "\n";

        assertThat(Bad.problems(text, "big.yaml")).containsExactly("big.yaml" + TOO_LARGE);
    }

    @Test
    void moreAlliesThanThreeLetterIdsIsSaidOnce() {
        StringBuilder csv = new StringBuilder("id,name,region\n");
        for (int i = 0;
                i <= AllyReader.MAX_ALLIES;
                i++) { // one more than there are ids: AAA again at the end
            String id =
                    ""
                            + (char) ('A' + i / 676 % 26)
                            + (char) ('A' + i / 26 % 26)
                            + (char) ('A' + i % 26);
            csv.append(id).append(",Ally ").append(id).append(",E\n");
        }

        List<String> problems = Bad.problems(csv.toString(), "allies.csv");

        assertThat(problems)
                .containsExactly(
                        "allies.csv: 17577 allies, but ids are three capital letters: a fact set holds at most 17576 allies"
                                + " (26 x 26 x 26)",
                        "allies.csv:17578:1: allies[AAA].id: duplicate ally id 'AAA' (first at allies.csv:2)");
    }
}
