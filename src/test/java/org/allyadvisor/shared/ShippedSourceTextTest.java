package org.allyadvisor.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The article the rule set ships with ({@code rules/source/article.txt}, which travels into the jar
 * with the rules) is the project's reference article, byte for byte.
 */
class ShippedSourceTextTest {

    private static final String ARTICLE = "reference/article-pentagon-limited-support.txt";
    private static final Path SHIPPED = Path.of("rules", "source", "article.txt");

    @Test
    void shippedArticleIsTheTestsCopyOfTheReference() {
        assertThat(SHIPPED).hasSameBinaryContentAs(SharedFiles.path(ARTICLE));
    }

    @Test
    void shippedArticleIsTheSharedReference() {
        assumeTrue(
                Files.isDirectory(SharedFiles.ORIGINAL), "../shared is not beside this checkout");

        assertThat(SHIPPED).hasSameBinaryContentAs(SharedFiles.ORIGINAL.resolve(ARTICLE));
    }
}
