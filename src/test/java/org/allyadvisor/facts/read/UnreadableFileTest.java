package org.allyadvisor.facts.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A file named where one fact or scenario file belongs that cannot be read: one line that says why
 * in words, not the Java exception's message (which repeats the path, or reads "Is a directory").
 */
class UnreadableFileTest {

    @TempDir Path temp;

    private static String problemOf(Path file) {
        BadFactsException e =
                catchThrowableOfType(
                        BadFactsException.class, () -> FactReader.yamlTree(file, "scenario.yaml"));
        return e.getMessage();
    }

    @Test
    void missingFileIsSaidOnce() {
        assertThat(problemOf(temp.resolve("nope.yaml"))).isEqualTo("scenario.yaml: no such file");
    }

    @Test
    void folderWhereAFileBelongsIsSaidSo() throws Exception {
        Path folder = Files.createDirectories(temp.resolve("scenarios.yaml"));

        assertThat(problemOf(folder))
                .isEqualTo("scenario.yaml: this is a folder; a file belongs here");
    }
}
