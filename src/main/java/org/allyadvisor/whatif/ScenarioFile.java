package org.allyadvisor.whatif;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.allyadvisor.facts.FactSet;
import org.allyadvisor.facts.SupportLevel;
import org.allyadvisor.facts.read.BadFactsException;
import org.allyadvisor.facts.read.FactChanges;
import org.allyadvisor.facts.read.FactProblem;
import org.allyadvisor.facts.read.FactReader;
import org.allyadvisor.facts.read.Node;
import org.allyadvisor.text.NearestName;

/**
 * A what-if scenario file: a {@code title} and named {@code variants}, each with {@code set:} (the
 * {@code ALLY.FIELD: value} changes rule scenarios use, checked by {@link FactChanges}) and/or
 * {@code support:}. Every problem of the file is reported at once, located.
 *
 * @param title what the scenario asks
 * @param variants in file order
 */
public record ScenarioFile(String title, List<Variant> variants) {

    private static final List<String> TOP_KEYS = List.of("title", "description", "variants");
    private static final List<String> VARIANT_KEYS =
            List.of("name", "description", "set", "support");

    public ScenarioFile {
        variants = List.copyOf(variants);
    }

    /**
     * The scenario file read against the facts its changes apply to.
     *
     * @param shown the file as messages name it
     * @throws BadFactsException listing every problem of the file
     */
    public static ScenarioFile read(Path file, String shown, FactSet facts)
            throws BadFactsException {
        Node root = FactReader.yamlTree(file, shown);
        List<FactProblem> problems = new ArrayList<>();
        if (!(root instanceof Node.Mapping mapping)) {
            throw new BadFactsException(
                    List.of(
                            problem(
                                    root,
                                    shown,
                                    "",
                                    "expected a scenario (title, variants), got "
                                            + root.describe())));
        }
        Map<String, Node> top = keys(mapping, TOP_KEYS, "", shown, problems);
        String title = text(top.get("title"), "title", shown, problems, mapping);
        List<Variant> variants = new ArrayList<>();
        Node list = top.get("variants");
        if (!(list instanceof Node.Sequence items) || items.items().isEmpty()) {
            Node at = list == null ? mapping : list;
            problems.add(
                    problem(
                            at,
                            shown,
                            "variants",
                            "a scenario needs at least one variant (- name: ..., set: ..., support: ...)"));
        } else {
            Set<String> names = new HashSet<>();
            for (int i = 0; i < items.items().size(); i++) {
                Variant read =
                        variant(
                                items.items().get(i),
                                "variants[" + (i + 1) + "]",
                                shown,
                                facts,
                                problems);
                if (read != null && !names.add(read.name())) {
                    Node at = items.items().get(i);
                    problems.add(
                            problem(
                                    at,
                                    shown,
                                    "variants[" + (i + 1) + "].name",
                                    "two variants are named '" + read.name() + "'"));
                }
                if (read != null) {
                    variants.add(read);
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new BadFactsException(problems);
        }
        return new ScenarioFile(title, variants);
    }

    private static Variant variant(
            Node node, String label, String shown, FactSet facts, List<FactProblem> problems) {
        if (!(node instanceof Node.Mapping mapping)) {
            problems.add(
                    problem(
                            node,
                            shown,
                            label,
                            "expected a variant (name, set, support), got " + node.describe()));
            return null;
        }
        int before = problems.size();
        Map<String, Node> keys = keys(mapping, VARIANT_KEYS, label, shown, problems);
        String name = text(keys.get("name"), label + ".name", shown, problems, mapping);
        SupportLevel support = support(keys.get("support"), label + ".support", shown, problems);
        Node set = keys.get("set");
        if (set == null && !keys.containsKey("support")) {
            problems.add(problem(mapping, shown, label, "a variant needs set:, support: or both"));
        }
        FactSet changed = facts;
        List<String> changes = new ArrayList<>();
        if (set != null) {
            try {
                changed = FactChanges.apply(facts, set, shown);
            } catch (BadFactsException e) {
                problems.addAll(e.problems());
            }
            if (set instanceof Node.Mapping pairs) {
                pairs.entries().forEach(e -> changes.add(e.key() + ": " + written(e.value())));
            }
        }
        if (support != null) {
            changes.add("US support " + support);
        }
        return problems.size() > before ? null : new Variant(name, changes, changed, support);
    }

    /**
     * The entries of a mapping by key; an unknown or repeated key is a problem, named with the
     * nearest known key.
     */
    private static Map<String, Node> keys(
            Node.Mapping mapping,
            List<String> known,
            String label,
            String shown,
            List<FactProblem> problems) {
        Map<String, Node> entries = new LinkedHashMap<>();
        for (Node.Entry entry : mapping.entries()) {
            String path = label.isEmpty() ? entry.key() : label + "." + entry.key();
            if (!known.contains(entry.key())) {
                problems.add(
                        problem(
                                entry,
                                shown,
                                path,
                                "unknown key '"
                                        + entry.key()
                                        + "'"
                                        + NearestName.among(entry.key(), known)
                                                .map(best -> "; did you mean '" + best + "'?")
                                                .orElse("; known: " + String.join(", ", known))));
            } else if (entries.containsKey(entry.key())) {
                problems.add(problem(entry, shown, path, "duplicate key '" + entry.key() + "'"));
            } else {
                entries.put(entry.key(), entry.value());
            }
        }
        return entries;
    }

    private static String text(
            Node node, String label, String shown, List<FactProblem> problems, Node.Mapping owner) {
        if (node == null || node.isMissing()) {
            Node at = node == null ? owner : node;
            problems.add(problem(at, shown, label, "missing: give it as text"));
            return null;
        }
        if (!(node instanceof Node.Scalar scalar)) {
            problems.add(problem(node, shown, label, "expected text, got " + node.describe()));
            return null;
        }
        return scalar.text().strip();
    }

    private static SupportLevel support(
            Node node, String label, String shown, List<FactProblem> problems) {
        if (node == null) {
            return null;
        }
        if (node instanceof Node.Scalar scalar && !node.isMissing()) {
            for (SupportLevel level : SupportLevel.values()) {
                if (level.name().equals(scalar.text().strip().toUpperCase(Locale.ROOT))) {
                    return level;
                }
            }
        }
        problems.add(
                problem(
                        node,
                        shown,
                        label,
                        "expected FULL, REDUCED or MINIMAL, got " + node.describe()));
        return null;
    }

    /** A problem of the scenario file, located at {@code node}. */
    private static FactProblem problem(Node node, String shown, String label, String message) {
        return new FactProblem(shown, node.line(), node.column(), label, message);
    }

    /** A problem of the scenario file, located at an entry's key. */
    private static FactProblem problem(
            Node.Entry entry, String shown, String label, String message) {
        return new FactProblem(shown, entry.line(), entry.column(), label, message);
    }

    /** A value as the file wrote it, for reports. */
    private static String written(Node value) {
        if (value instanceof Node.Scalar scalar) {
            return value.isMissing() ? "~" : scalar.text();
        }
        if (value instanceof Node.Sequence list) {
            return "["
                    + String.join(", ", list.items().stream().map(ScenarioFile::written).toList())
                    + "]";
        }
        return value.describe();
    }
}
