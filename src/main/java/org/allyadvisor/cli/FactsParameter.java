package org.allyadvisor.cli;

import java.nio.file.Path;
import org.allyadvisor.facts.FactSet;
import org.allyadvisor.facts.read.BadFactsException;
import org.allyadvisor.facts.read.FactReader;
import picocli.CommandLine.Parameters;

/**
 * The fact set a command runs on, shared by the commands whose first parameter is one: FACTS, and
 * how it is read.
 */
final class FactsParameter {

    @Parameters(
            index = "0",
            paramLabel = "FACTS",
            description =
                    "A fact file (.yaml, .yml, .json) or a folder of fact files (YAML, JSON, CSV).")
    Path path;

    /** The file or folder given, as messages name it. */
    Path path() {
        return path;
    }

    /** Reads the fact set, saying under --verbose how many allies it holds and what it took. */
    FactSet read(Stopwatch clock) throws BadFactsException {
        return read(path, clock);
    }

    /**
     * The same for a command that describes its FACTS in its own words ({@code whatif}'s are the
     * baseline).
     */
    static FactSet read(Path facts, Stopwatch clock) throws BadFactsException {
        FactSet factSet = FactReader.read(facts);
        clock.lap("read " + factSet.allies().size() + " allies from " + facts);
        return factSet;
    }
}
