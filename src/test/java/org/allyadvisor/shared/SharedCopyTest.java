package org.allyadvisor.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The copy of the reference material the tests read is the material in ../shared, byte for byte.
 */
class SharedCopyTest {

    @Test
    void copyOfTheSharedReferenceMaterialIsUpToDate() throws Exception {
        assumeTrue(
                Files.isDirectory(SharedFiles.ORIGINAL), "../shared is not beside this checkout");
        List<Path> copied;
        try (Stream<Path> files = Files.walk(SharedFiles.COPY)) {
            copied = files.filter(Files::isRegularFile).toList();
        }
        assertThat(copied)
                .hasSize(17)
                .allSatisfy(
                        copy -> {
                            Path original =
                                    SharedFiles.ORIGINAL.resolve(SharedFiles.COPY.relativize(copy));
                            assertThat(copy)
                                    .as("copy of %s", original)
                                    .hasSameBinaryContentAs(original);
                        });
    }
}
