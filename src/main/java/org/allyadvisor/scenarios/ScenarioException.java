package org.allyadvisor.scenarios;

import java.util.List;
import java.util.stream.Collectors;

/** Scenario files that cannot be run: every problem found in every file, in file and line order. */
public final class ScenarioException extends Exception {

    private static final long serialVersionUID = 1L;

    private final List<ScenarioProblem> problems;

    public ScenarioException(List<ScenarioProblem> problems) {
        super(
                sorted(problems).stream()
                        .map(ScenarioProblem::toString)
                        .collect(Collectors.joining("\n")));
        this.problems = sorted(problems);
    }

    public List<ScenarioProblem> problems() {
        return problems;
    }

    /**
     * Whether every problem is in the facts the scenarios give, none in the scenarios' own words.
     */
    public boolean onlyBadFacts() {
        return problems.stream().allMatch(p -> p.kind() == ScenarioProblem.Kind.FACTS);
    }

    private static List<ScenarioProblem> sorted(List<ScenarioProblem> problems) {
        // a default of the file (its ally) wrong for several cases is one problem, said once
        return problems.stream().distinct().sorted(ScenarioProblem.ORDER).toList();
    }
}
