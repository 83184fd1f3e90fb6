package org.allyadvisor.scenarios;

import java.util.List;
import java.util.Locale;
import org.allyadvisor.facts.read.Node;
import org.allyadvisor.text.EnumNames;
import org.allyadvisor.text.NearestName;

/**
 * The words of one scenario file as the readers take them: text, names from a list, and the
 * problems found, each at its line and column.
 */
final class ScenarioText {

    private final String shown;
    private final List<ScenarioProblem> problems;

    ScenarioText(String shown, List<ScenarioProblem> problems) {
        this.shown = shown;
        this.problems = problems;
    }

    /** The file, as users name it. */
    String file() {
        return shown;
    }

    /** How many problems have been found so far in this run. */
    int problemCount() {
        return problems.size();
    }

    void at(Node node, String message) {
        at(node.line(), node.column(), message);
    }

    void at(int line, int column, String message) {
        problems.add(ScenarioProblem.scenario(shown, line, column, message));
    }

    void add(ScenarioProblem problem) {
        problems.add(problem);
    }

    /**
     * A scalar's text (empty when missing), or null (reported) when the node is a list or a
     * section.
     */
    String text(Node node) {
        if (node instanceof Node.Scalar scalar) {
            return scalar.isMissing() ? "" : scalar.text().strip();
        }
        at(node, "expected text, got " + node.describe());
        return null;
    }

    /** The constant a word names, case aside, or null (reported, with the names allowed). */
    <E extends Enum<E>> E constant(Class<E> type, Node node, String label) {
        String word = text(node);
        if (word == null) {
            return null;
        }
        String name = word.toUpperCase(Locale.ROOT);
        if (!EnumNames.of(type).contains(name)) {
            at(
                    node,
                    label
                            + ": unknown value '"
                            + shorter(word)
                            + "'; allowed: "
                            + String.join(", ", EnumNames.of(type)));
            return null;
        }
        return Enum.valueOf(type, name);
    }

    /** The items under a key: a list, or one item written without the list around it. */
    static List<Node> list(Node node) {
        if (node == null || node.isMissing()) {
            return List.of();
        }
        return node instanceof Node.Sequence sequence ? sequence.items() : List.of(node);
    }

    /** {@code no ally 'AAB'; did you mean 'AAA'?}, or the known names when none is near. */
    static String noSuch(String what, String name, List<String> known) {
        return "no "
                + what
                + " '"
                + shorter(name)
                + "'"
                + NearestName.among(name, known)
                        .map(best -> "; did you mean '" + best + "'?")
                        .orElse("; known: " + String.join(", ", known));
    }

    /** A name as a message quotes it, cut short so a garbled file cannot flood the line. */
    static String shorter(String text) {
        return text.length() > 40 ? text.substring(0, 37) + "..." : text;
    }
}
