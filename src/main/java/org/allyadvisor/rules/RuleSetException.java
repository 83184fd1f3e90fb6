package org.allyadvisor.rules;

import java.util.List;
import java.util.stream.Collectors;

/** A rule set that cannot be loaded: every problem found, each located in its file. */
public final class RuleSetException extends Exception {

    private static final long serialVersionUID = 1L;

    private final List<RuleProblem> problems;

    public RuleSetException(List<RuleProblem> problems) {
        super(problems.stream().map(RuleProblem::toString).collect(Collectors.joining("\n")));
        this.problems = List.copyOf(problems);
    }

    public RuleSetException(RuleProblem problem) {
        this(List.of(problem));
    }

    public List<RuleProblem> problems() {
        return problems;
    }
}
