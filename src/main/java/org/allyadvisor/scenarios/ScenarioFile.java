package org.allyadvisor.scenarios;

import java.util.List;

/**
 * A scenario file read and checked: what it is about and its cases.
 *
 * @param name its name, as written under {@code name:}
 * @param description what it covers, or empty
 * @param file the file, as users name it ({@code rules/scenarios/budget.yaml})
 */
public record ScenarioFile(String name, String description, String file, List<ScenarioCase> cases) {

    public ScenarioFile {
        cases = List.copyOf(cases);
    }
}
