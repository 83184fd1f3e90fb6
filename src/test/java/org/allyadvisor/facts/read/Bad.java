package org.allyadvisor.facts.read;

import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Path;
import java.util.List;
import org.allyadvisor.facts.FactSet;

/** Test helper: the problem lines that reading bad facts reports. */
final class Bad {

    private Bad() {}

    /** The lines of the message, after asserting that reading throws BadFactsException. */
    static List<String> problems(String text, String fileName) {
        BadFactsException e =
                catchThrowableOfType(
                        BadFactsException.class, () -> FactReader.read(text, fileName));
        return lines(e);
    }

    static List<String> problems(Path path) {
        BadFactsException e = catchThrowableOfType(BadFactsException.class, () -> read(path));
        return lines(e);
    }

    private static FactSet read(Path path) throws BadFactsException {
        return FactReader.read(path);
    }

    private static List<String> lines(BadFactsException e) {
        if (e == null) {
            throw new AssertionError("expected BadFactsException, but the facts were read");
        }
        return List.of(e.getMessage().split("\n"));
    }
}
