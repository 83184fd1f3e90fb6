package org.allyadvisor.facts.read;

import java.util.List;
import java.util.Map;
import org.allyadvisor.facts.FactField;
import org.allyadvisor.facts.FactSchema;
import org.allyadvisor.facts.Provenance;

/**
 * Reads the {@code provenance} section of a YAML/JSON fact file: which fields, for which allies,
 * were read from a published source or derived by a written rule, with the caveats a reader needs.
 *
 * <pre>
 * provenance:
 *   - fields: [usSupport.usTroops]
 *     sourced: "DMDC, personnel by country, December 2025"
 *     caveat: "excludes rotational and temporary deployments"
 *   - fields: [interoperability.intelSharing]
 *     allies: [ALB, BEL]            # optional: every ally of the set when absent
 *     derived: "D1: the ally's memberships that are intelligence-sharing frameworks"
 * </pre>
 */
final class ProvenanceReader {

    private static final String SOURCED = "sourced";
    private static final String DERIVED = "derived";
    private static final List<String> KEYS =
            List.of("fields", "allies", SOURCED, DERIVED, "caveat");

    /** What a declaration may speak for: every field of an ally but its identity, and its ties. */
    static final List<String> FIELDS =
            java.util.stream.Stream.concat(
                            FactSchema.allyFields().stream()
                                    .map(FactField::path)
                                    .filter(p -> !List.of("id", "name", "region").contains(p)),
                            java.util.stream.Stream.of(FactSchema.TIES))
                    .toList();

    private ProvenanceReader() {}

    static List<FileFacts.ProvenanceDraft> read(Node node, Problems problems) {
        return Section.items(
                node,
                "provenance",
                problems,
                (item, i) -> declaration(item, "provenance[" + i + "]", problems));
    }

    private static FileFacts.ProvenanceDraft declaration(
            Node node, String label, Problems problems) {
        Node.Mapping mapping = Section.mapping(node, label, problems);
        if (mapping == null) {
            return null;
        }
        Section section = Section.of(mapping, KEYS, label, problems);
        Map<String, Loc> fields = section.names("fields");
        if (section.node("fields") == null) {
            problems.at(mapping, label + ".fields", "required field is missing");
        }
        fields.forEach(
                (path, loc) -> {
                    if (!FIELDS.contains(path)) {
                        problems.add(
                                loc.problem(
                                        Keys.join(label, "fields"),
                                        Keys.unknownField(path, FIELDS)));
                    }
                });
        Map<String, Loc> allies = section.node("allies") == null ? null : section.names("allies");
        String sourced = text(section, SOURCED, problems);
        String derived = text(section, DERIVED, problems);
        String caveat = text(section, "caveat", problems);
        if ((sourced == null) == (derived == null)) {
            problems.at(
                    mapping,
                    label,
                    sourced == null
                            ? "say where the values come from: 'sourced: <publication>' or 'derived: <rule>'"
                            : "a value is either sourced or derived; give one of 'sourced' and 'derived'");
            return null;
        }
        Provenance provenance =
                sourced != null
                        ? Provenance.sourced(sourced, caveat)
                        : Provenance.derived(derived, caveat);
        Loc at = Loc.of(problems.file(), mapping);
        return new FileFacts.ProvenanceDraft(fields, allies, at, provenance.at(at.where()));
    }

    private static String text(Section section, String key, Problems problems) {
        Node node = section.node(key);
        String text = Values.text(node, section.path(key), problems);
        if (text != null && text.isBlank()) {
            problems.at(node, section.path(key), "empty; say it or leave the key out");
            return null;
        }
        return text;
    }
}
