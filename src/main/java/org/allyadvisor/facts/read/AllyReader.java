package org.allyadvisor.facts.read;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.allyadvisor.facts.Ally;
import org.allyadvisor.facts.FactField;
import org.allyadvisor.facts.FactSchema;

/**
 * Reads one ally from its located tree: an item of {@code allies} in YAML/JSON, or a row of
 * allies.csv turned into the same nesting. The fields come from {@link FactSchema#allyFields()}.
 */
final class AllyReader {

    /** As many allies as there are ids of three capital letters. */
    static final int MAX_ALLIES = 26 * 26 * 26;

    private static final FactField ID = FactSchema.field("id").orElseThrow();
    private static final FactField NAME = FactSchema.field("name").orElseThrow();
    private static final FactField REGION = FactSchema.field("region").orElseThrow();

    /** The keys an ally may have: its own fields, its sections and its ties. */
    static final List<String> KEYS =
            Stream.of(
                            FactSchema.allyFields().stream()
                                    .filter(f -> f.section().isEmpty())
                                    .map(FactField::name),
                            FactSchema.sections().stream(),
                            Stream.of(FactSchema.TIES))
                    .flatMap(s -> s)
                    .toList();

    /** Each section's field names, in schema order; worked out once, not once per ally read. */
    private static final Map<String, List<String>> SECTION_FIELDS =
            FactSchema.sections().stream()
                    .collect(
                            java.util.stream.Collectors.toMap(
                                    name -> name,
                                    name ->
                                            FactSchema.allyFields().stream()
                                                    .filter(f -> f.section().equals(name))
                                                    .map(FactField::name)
                                                    .toList(),
                                    (a, b) -> a,
                                    java.util.LinkedHashMap::new));

    private AllyReader() {}

    /** The draft, or null when the node is no mapping at all. */
    static FileFacts.AllyDraft read(Node node, int index, Problems problems) {
        String fallback = "allies[" + index + "]";
        Node.Mapping mapping = Section.mapping(node, fallback, problems);
        if (mapping == null) {
            return null;
        }
        String label = labelOf(mapping, fallback);
        Section ally = Section.of(mapping, KEYS, label, problems);
        String id = (String) ally.required(ID);
        if (id != null && !FactSchema.isAllyId(id)) {
            problems.at(
                    ally.node(ID.name()),
                    ally.path(ID.name()),
                    "expected "
                            + FactSchema.ALLY_ID_TEXT
                            + ", got "
                            + ally.node(ID.name()).describe());
            id = null;
        }
        String name = (String) ally.required(NAME);
        String region = (String) ally.required(REGION);
        Map<String, Object> values = values(ally, label, problems);
        List<FileFacts.TieDraft> ties = ties(ally, id, problems);
        Ally value =
                id == null || name == null || region == null
                        ? null
                        : FactSchema.ally(id, name, region, values, null);
        return new FileFacts.AllyDraft(
                id, ally.loc(ID.name()), label, region, ally.loc(REGION.name()), value, ties);
    }

    /**
     * {@code allies[POL]} when the id is a valid code, so messages name the ally; else by position.
     */
    private static String labelOf(Node.Mapping mapping, String fallback) {
        for (Node.Entry entry : mapping.entries()) {
            if (entry.key().equals(ID.name())
                    && entry.value() instanceof Node.Scalar s
                    && FactSchema.isAllyId(s.text().strip())) {
                return "allies[" + s.text().strip() + "]";
            }
        }
        return fallback;
    }

    /** Every field but id, name and region, by its dotted path; a bad or missing value is null. */
    static Map<String, Object> values(Section ally, String label, Problems problems) {
        Map<String, Object> values = new HashMap<>();
        Map<String, Section> sections = new HashMap<>();
        SECTION_FIELDS.forEach(
                (name, known) -> {
                    Node.Mapping mapping =
                            Section.mapping(ally.node(name), ally.path(name), problems);
                    if (mapping != null) {
                        sections.put(
                                name, Section.of(mapping, known, Keys.join(label, name), problems));
                    }
                });
        for (FactField field : FactSchema.allyFields()) {
            if (field == ID || field == NAME || field == REGION) {
                continue;
            }
            Section section = field.section().isEmpty() ? ally : sections.get(field.section());
            values.put(field.path(), section == null ? null : section.read(field));
        }
        return values;
    }

    /** The ally's own ties, or null when it declares none: unknown, not "no ties". */
    private static List<FileFacts.TieDraft> ties(Section ally, String id, Problems problems) {
        List<Node> items =
                Section.sequence(ally.node(FactSchema.TIES), ally.path(FactSchema.TIES), problems);
        if (items == null) {
            return null;
        }
        List<FileFacts.TieDraft> ties = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            FileFacts.TieDraft tie =
                    TieReader.read(
                            items.get(i),
                            ally.path(FactSchema.TIES) + "[" + i + "]",
                            id,
                            null,
                            problems);
            if (tie != null) {
                ties.add(tie);
            }
        }
        return ties;
    }
}
