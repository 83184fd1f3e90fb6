package org.allyadvisor.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import org.junit.jupiter.api.Test;

/**
 * The file system's exceptions carry the path as their message: a message that names the file
 * already says why it failed instead, in words.
 */
class IoReasonsTest {

    @Test
    void fileSystemRefusalIsItsReasonNotThePathAgain() {
        assertThat(IoReasons.of(new AccessDeniedException("/x/scenario.yaml")))
                .isEqualTo("permission denied");
        assertThat(
                        IoReasons.of(
                                new FileSystemException(
                                        "/x/scenario.yaml", null, "Input/output error")))
                .isEqualTo("Input/output error");
    }

    @Test
    void aMissingFileOrAFileWhereAFolderBelongsIsSaidInWords() {
        assertThat(IoReasons.of(new NoSuchFileException("/x/rules")))
                .isEqualTo("no such file or folder");
        assertThat(IoReasons.of(new NotDirectoryException("/x/rules"))).isEqualTo("not a folder");
    }

    @Test
    void aFailureWhileListingAFolderIsItsCausesReason() {
        // Files.list streams wrap what goes wrong after the folder is opened
        assertThat(
                        IoReasons.of(
                                new UncheckedIOException(
                                        new AccessDeniedException("/x/rules/budget.drl"))))
                .isEqualTo("permission denied");
    }

    @Test
    void anotherFailureKeepsItsOwnMessage() {
        assertThat(IoReasons.of(new IOException("Stream closed"))).isEqualTo("Stream closed");
    }
}
