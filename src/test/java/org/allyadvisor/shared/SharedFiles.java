package org.allyadvisor.shared;

import java.nio.file.Path;

/**
 * The project's reference material (the source article, the sourced data tables) as the tests read
 * it. It lives in ../shared beside the repository; the tests read a copy kept in
 * src/test/resources/shared, so that they pass in any checkout, and {@code SharedCopyTest} fails as
 * soon as the copy and ../shared differ.
 */
public final class SharedFiles {

    /** Where the project's shared folder sits when the repository is checked out beside it. */
    public static final Path ORIGINAL = Path.of("..", "shared");

    /** The copy the tests read. */
    public static final Path COPY = Path.of("src", "test", "resources", "shared");

    private SharedFiles() {}

    /** A shared file, by its path inside shared/ (e.g. {@code data/allies-budget.csv}). */
    public static Path path(String relative) {
        return COPY.resolve(relative);
    }
}
