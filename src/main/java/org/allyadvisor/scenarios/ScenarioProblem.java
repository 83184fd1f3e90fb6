package org.allyadvisor.scenarios;

import java.util.Comparator;
import org.allyadvisor.facts.read.FactProblem;
import org.allyadvisor.text.Locations;

/**
 * One thing wrong with a scenario file, located like a compiler error: in the scenario itself (an
 * unknown key, an unknown rule id, YAML that does not parse) or in the facts it gives.
 *
 * @param line 1-based line, or 0 when the problem concerns the whole file
 * @param column 1-based column, or 0 when not known
 * @param message what is wrong; for facts, led by the field as fact problems are
 */
public record ScenarioProblem(Kind kind, String file, int line, int column, String message) {

    /** What must be fixed: the scenario's own words, or the facts it gives. */
    public enum Kind {
        SCENARIO,
        FACTS
    }

    static final Comparator<ScenarioProblem> ORDER =
            Comparator.comparing(ScenarioProblem::file)
                    .thenComparingInt(ScenarioProblem::line)
                    .thenComparingInt(ScenarioProblem::column);

    static ScenarioProblem scenario(String file, int line, int column, String message) {
        return new ScenarioProblem(Kind.SCENARIO, file, line, column, message);
    }

    /** A problem of the facts a scenario gives, worded as the fact readers word it. */
    static ScenarioProblem facts(FactProblem problem) {
        String message =
                problem.field().isEmpty()
                        ? problem.message()
                        : problem.field() + ": " + problem.message();
        return new ScenarioProblem(
                Kind.FACTS,
                problem.file(),
                problem.line(),
                problem.column() == null ? 0 : problem.column(),
                message);
    }

    /**
     * {@code FILE:LINE:COLUMN: error: message} for the scenario's own problems, and {@code
     * FILE:LINE:COLUMN: FIELD: message} for its facts, as bad fact files read.
     */
    @Override
    public String toString() {
        StringBuilder text = new StringBuilder(Locations.of(file, line, column)).append(": ");
        if (kind == Kind.SCENARIO) {
            text.append("error: ");
        }
        return text.append(message).toString();
    }
}
