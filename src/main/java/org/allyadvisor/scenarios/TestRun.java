package org.allyadvisor.scenarios;

import java.util.List;

/**
 * The outcome of running scenario files: every case in file order, and the rules they exercised.
 */
public record TestRun(List<CaseResult> cases, Coverage coverage) {

    public TestRun {
        cases = List.copyOf(cases);
    }

    public long passed() {
        return cases.stream().filter(CaseResult::passed).count();
    }

    public long failed() {
        return cases.size() - passed();
    }
}
