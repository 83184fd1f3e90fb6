package org.allyadvisor.scenarios;

import java.util.List;
import org.allyadvisor.facts.FactSet;
import org.allyadvisor.facts.SupportLevel;

/**
 * One case of a scenario file: given these facts, under this US support level, the ally's advice is
 * expected to look like this.
 *
 * @param scenario the name of the scenario file it belongs to
 * @param name what the case checks, in the words of its author
 * @param file the scenario file, as users name it
 * @param line the line the case starts on
 * @param facts the facts, changes applied
 * @param support the US support level to run under, or null for the facts' own
 * @param ally the ally the expectations speak of
 * @param expectations what must and must not be in its advice, in file order
 */
public record ScenarioCase(
        String scenario,
        String name,
        String file,
        int line,
        FactSet facts,
        SupportLevel support,
        String ally,
        List<Expectation> expectations) {

    public ScenarioCase {
        expectations = List.copyOf(expectations);
    }

    /** {@code Scenario name: case name}, as reports title it. */
    public String title() {
        return scenario + ": " + name;
    }

    /** {@code file:line}, where the case is written. */
    public String where() {
        return file + ":" + line;
    }
}
