package org.allyadvisor.facts.read;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.allyadvisor.facts.FactField;
import org.allyadvisor.facts.FieldType;

/** One mapping of a fact file being read: its known entries, and where to report against. */
final class Section {

    private final Node.Mapping mapping;
    private final Map<String, Node.Entry> entries;
    private final String label;
    private final Problems problems;

    private Section(
            Node.Mapping mapping,
            Map<String, Node.Entry> entries,
            String label,
            Problems problems) {
        this.mapping = mapping;
        this.entries = entries;
        this.label = label;
        this.problems = problems;
    }

    /** Reads a mapping's keys, reporting unknown and repeated ones. */
    static Section of(Node.Mapping mapping, List<String> known, String label, Problems problems) {
        return new Section(mapping, Keys.known(mapping, known, label, problems), label, problems);
    }

    /**
     * The mapping a node must be, or null (reported) when it is something else. Null for a missing
     * node too: a missing section is a data gap.
     */
    static Node.Mapping mapping(Node node, String path, Problems problems) {
        if (node == null || node.isMissing()) {
            return null;
        }
        if (node instanceof Node.Mapping mapping) {
            return mapping;
        }
        problems.at(node, path, "expected a section (a mapping), got " + node.describe());
        return null;
    }

    /** The items a node must list, or null (reported) when it is something else or missing. */
    static List<Node> sequence(Node node, String path, Problems problems) {
        if (node == null || node.isMissing()) {
            return null;
        }
        if (node instanceof Node.Sequence sequence) {
            return sequence.items();
        }
        problems.at(node, path, "expected a list, got " + node.describe());
        return null;
    }

    /**
     * What {@code read} makes of each item a node lists, in order; an item it makes nothing of (its
     * problems reported) is left out, and so is the whole list when the node is missing or not a
     * list (reported).
     */
    static <T> List<T> items(Node node, String path, Problems problems, ItemReader<T> read) {
        List<Node> nodes = sequence(node, path, problems);
        List<T> items = new ArrayList<>();
        for (int i = 0; nodes != null && i < nodes.size(); i++) {
            T item = read.read(nodes.get(i), i);
            if (item != null) {
                items.add(item);
            }
        }
        return items;
    }

    /** Reads one item of a list, given its place in the list for the messages that name it. */
    @FunctionalInterface
    interface ItemReader<T> {
        T read(Node item, int index);
    }

    /**
     * The names listed under a key (the fields or allies a declaration speaks for), each with where
     * it is written; a name listed twice is reported.
     */
    Map<String, Loc> names(String key) {
        Map<String, Loc> names = new LinkedHashMap<>();
        List<Node> items = sequence(node(key), path(key), problems);
        for (int i = 0; items != null && i < items.size(); i++) {
            String path = path(key) + "[" + i + "]";
            String name = Values.text(items.get(i), path, problems);
            if (name == null || name.isEmpty()) {
                continue;
            }
            if (names.putIfAbsent(name, Loc.of(problems.file(), items.get(i))) != null) {
                problems.at(items.get(i), path, "'" + name + "' is listed twice");
            }
        }
        return names;
    }

    /** The value under a key, or null when the key is absent. */
    Node node(String key) {
        Node.Entry entry = entries.get(key);
        return entry == null ? null : entry.value();
    }

    String path(String key) {
        return Keys.join(label, key);
    }

    Loc loc(String key) {
        Node node = node(key);
        return node == null ? null : Loc.of(problems.file(), node);
    }

    /** Where the key itself is written, e.g. the {@code meta:} line. */
    Loc keyLoc(String key) {
        Node.Entry entry = entries.get(key);
        return entry == null ? null : new Loc(problems.file(), entry.line(), entry.column());
    }

    Object read(FactField field) {
        return Values.read(field, node(field.name()), path(field.name()), problems);
    }

    /** Like {@link #read}, but a missing value is a problem, reported where the value should be. */
    Object required(FactField field) {
        Node node = node(field.name());
        if (node == null || node.isMissing()) {
            Node at = node == null ? mapping : node;
            problems.at(at, path(field.name()), "required field is missing");
            return null;
        }
        return read(field);
    }

    /** A field of a part that is not in the ally schema: meta, regions, ties. */
    static FactField field(
            String name, FieldType type, Integer min, Integer max, List<String> allowed) {
        return new FactField(
                name,
                type,
                min == null ? null : min.doubleValue(),
                max == null ? null : max.doubleValue(),
                allowed,
                ally -> null);
    }
}
