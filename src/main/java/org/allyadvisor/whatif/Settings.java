package org.allyadvisor.whatif;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.allyadvisor.facts.FactSet;
import org.allyadvisor.facts.read.BadFactsException;
import org.allyadvisor.facts.read.FactChanges;
import org.allyadvisor.facts.read.FactProblem;
import org.allyadvisor.facts.read.FactReader;
import org.allyadvisor.facts.read.Node;

/**
 * Changes given on the command line ({@code --set POL.budget.defensePctGdp=3.0}): each value read
 * as YAML and checked by {@link FactChanges} exactly as a fact file's value is, and every problem
 * named by the option that gave it ({@code --set: POL.budget.defensePctGdp: ...}).
 */
public final class Settings {

    /** What messages name the changes by: there is no file, and so no line. */
    public static final String SHOWN = "--set";

    private Settings() {}

    /**
     * The facts with the changes in place.
     *
     * @param assignments each a field path ({@code POL.budget.defensePctGdp}) and its value as
     *     typed, in the order given; a path given twice is a problem, as in a file
     * @throws BadFactsException listing every change that is wrong
     */
    public static FactSet apply(FactSet facts, List<Map.Entry<String, String>> assignments)
            throws BadFactsException {
        return apply(facts, assignments, SHOWN);
    }

    /**
     * The facts with the changes in place, each problem named by {@code shownName} rather than
     * {@code --set}: for a program that takes changes from its own users, whose messages should
     * name its own option or form ({@code variant 3: POL.budget.defensePctGdp: ...}).
     *
     * @param assignments each a field path ({@code POL.budget.defensePctGdp}) and its value as
     *     typed, in the order given; a path given twice is a problem, as in a file
     * @param shownName where the changes come from, as messages name it
     * @throws BadFactsException listing every change that is wrong
     */
    public static FactSet apply(
            FactSet facts, List<Map.Entry<String, String>> assignments, String shownName)
            throws BadFactsException {
        Objects.requireNonNull(facts, "facts");
        Objects.requireNonNull(assignments, "assignments");
        Objects.requireNonNull(shownName, "shownName");
        List<Node.Entry> entries = new ArrayList<>();
        List<FactProblem> problems = new ArrayList<>();
        for (Map.Entry<String, String> assignment : assignments) {
            try {
                Node value =
                        FactReader.yamlValue(
                                assignment.getValue(), shownName + " " + assignment.getKey());
                entries.add(new Node.Entry(assignment.getKey(), 0, 0, unlocated(value)));
            } catch (BadFactsException e) {
                problems.addAll(e.problems()); // said with the other changes' problems, all at once
            }
        }
        try {
            FactSet changed = FactChanges.apply(facts, new Node.Mapping(entries, 0, 0), shownName);
            if (problems.isEmpty()) {
                return changed;
            }
        } catch (BadFactsException e) {
            problems.addAll(e.problems());
        }
        throw new BadFactsException(problems);
    }

    /** The value with no line: it was typed as an option, and a line 1 of no file would mislead. */
    private static Node unlocated(Node node) {
        if (node instanceof Node.Sequence s) {
            return new Node.Sequence(s.items().stream().map(Settings::unlocated).toList(), 0, 0);
        }
        if (node instanceof Node.Mapping m) {
            return new Node.Mapping(
                    m.entries().stream()
                            .map(e -> new Node.Entry(e.key(), 0, 0, unlocated(e.value())))
                            .toList(),
                    0,
                    0);
        }
        Node.Scalar s = (Node.Scalar) node;
        return new Node.Scalar(s.kind(), s.text(), s.number(), 0, 0);
    }
}
