package org.allyadvisor.scenarios;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.allyadvisor.facts.FactSet;
import org.allyadvisor.facts.read.BadFactsException;
import org.allyadvisor.facts.read.FactReader;

/**
 * The fact files and folders scenarios name, each read once in a run however many cases start from
 * it, and its problems reported once.
 */
final class FactFiles {

    private final Map<Path, Optional<FactSet>> read = new HashMap<>();

    /**
     * The facts of a file or folder, or empty when they are bad (reported in {@code problems} the
     * first time).
     */
    Optional<FactSet> read(Path path, String shown, ScenarioText problems) {
        Path key = path.toAbsolutePath().normalize();
        Optional<FactSet> known = read.get(key);
        if (known != null) {
            return known;
        }
        Optional<FactSet> facts;
        try {
            facts = Optional.of(FactReader.read(path, shown));
        } catch (BadFactsException e) {
            e.problems().forEach(p -> problems.add(ScenarioProblem.facts(p)));
            facts = Optional.empty();
        }
        read.put(key, facts);
        return facts;
    }
}
