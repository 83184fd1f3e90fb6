package org.allyadvisor.facts.read;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.allyadvisor.facts.FactField;
import org.allyadvisor.facts.FactSchema;
import org.allyadvisor.facts.FieldType;
import org.allyadvisor.facts.Provenance;
import org.allyadvisor.facts.Region;

/**
 * Reads analysts' judgements: values no published table gives, each with the basis it rests on and
 * where that basis can be read. A judgement on an ally is a row of a judgements table with an
 * {@code id} column, or an item of {@code judgements.allies} in YAML/JSON, with the same fields as
 * an ally; a judgement on a region has a {@code region} key and {@code emergingPowerActivity}. A
 * judgement without a basis and a source is refused: an unexplained value is no judgement.
 */
final class JudgementReader {

    static final String BASIS = "basis";
    static final String SOURCE = "source";
    static final String REGION_KEY = "region";
    private static final FactField ALLY_ID = FactSchema.field("id").orElseThrow();
    private static final FactField REGION_ID =
            Section.field(REGION_KEY, FieldType.TEXT, null, null, List.of());
    private static final FactField BASIS_FIELD =
            Section.field(BASIS, FieldType.TEXT, null, null, List.of());
    private static final FactField SOURCE_FIELD =
            Section.field(SOURCE, FieldType.TEXT, null, null, List.of());

    /** What a judgement on an ally may hold: any field but its identity, and no ties. */
    static final List<String> ALLY_KEYS =
            Stream.concat(
                            Stream.of(ALLY_ID.name(), BASIS, SOURCE),
                            AllyReader.KEYS.stream()
                                    .filter(
                                            k ->
                                                    !List.of(
                                                                    "id",
                                                                    "name",
                                                                    "region",
                                                                    FactSchema.TIES)
                                                            .contains(k)))
                    .toList();

    static final List<String> REGION_KEYS = List.of(REGION_KEY, Region.ACTIVITY, BASIS, SOURCE);

    /** The ally fields a judgements table may have as columns. */
    static final List<String> ALLY_COLUMNS =
            Stream.concat(
                            Stream.of(ALLY_ID.name(), BASIS, SOURCE),
                            FactSchema.allyFields().stream()
                                    .map(FactField::path)
                                    .filter(p -> !List.of("id", "name", "region").contains(p)))
                    .toList();

    private JudgementReader() {}

    static FileFacts.JudgementDraft ally(Node node, String fallback, Problems problems) {
        Node.Mapping mapping = Section.mapping(node, fallback, problems);
        if (mapping == null) {
            return null;
        }
        String label = labelOf(mapping, ALLY_ID.name(), fallback, "judgements.allies");
        Section judgement = Section.of(mapping, ALLY_KEYS, label, problems);
        String id = (String) judgement.required(ALLY_ID);
        Map<String, Object> values = new LinkedHashMap<>();
        AllyReader.values(judgement, label, problems).entrySet().stream()
                .filter(e -> e.getValue() != null)
                .sorted(Map.Entry.comparingByKey(new FieldOrder()))
                .forEach(e -> values.put(e.getKey(), e.getValue()));
        return draft(false, id, judgement, label, values, mapping, problems);
    }

    static FileFacts.JudgementDraft region(Node node, String fallback, Problems problems) {
        Node.Mapping mapping = Section.mapping(node, fallback, problems);
        if (mapping == null) {
            return null;
        }
        String label = labelOf(mapping, REGION_KEY, fallback, "judgements.regions");
        Section judgement = Section.of(mapping, REGION_KEYS, label, problems);
        String id = (String) judgement.required(REGION_ID);
        Map<String, Object> values = new LinkedHashMap<>();
        Object activity = judgement.read(RegionReader.ACTIVITY);
        if (activity != null) {
            values.put(Region.ACTIVITY, activity);
        }
        return draft(true, id, judgement, label, values, mapping, problems);
    }

    private static FileFacts.JudgementDraft draft(
            boolean region,
            String id,
            Section judgement,
            String label,
            Map<String, Object> values,
            Node.Mapping mapping,
            Problems problems) {
        String basis = nonBlank(judgement, BASIS_FIELD, problems);
        String source = nonBlank(judgement, SOURCE_FIELD, problems);
        String idKey = region ? REGION_KEY : ALLY_ID.name();
        if (values.isEmpty() && !hasAnyValue(mapping, idKey)) {
            problems.at(mapping, label, "the judgement gives no value; name the field it judges");
        }
        Loc at =
                judgement.loc(idKey) != null
                        ? judgement.loc(idKey)
                        : Loc.of(problems.file(), mapping);
        return new FileFacts.JudgementDraft(
                region,
                id,
                judgement.loc(idKey),
                label,
                values,
                Provenance.judgement(basis, source).at(at.where()));
    }

    /**
     * Whether any entry but the id, basis and source has a value (bad values are reported already).
     */
    private static boolean hasAnyValue(Node.Mapping mapping, String idKey) {
        return mapping.entries().stream()
                .filter(e -> !List.of(idKey, BASIS, SOURCE).contains(e.key()))
                .anyMatch(e -> given(e.value()));
    }

    private static boolean given(Node node) {
        return node instanceof Node.Mapping inner
                ? inner.entries().stream().anyMatch(e -> given(e.value()))
                : !node.isMissing();
    }

    private static String nonBlank(Section judgement, FactField field, Problems problems) {
        String text = (String) judgement.required(field);
        if (text != null && text.isBlank()) {
            problems.at(
                    judgement.node(field.name()),
                    judgement.path(field.name()),
                    "a judgement needs its " + field.name() + "; it is empty");
            return null;
        }
        return text;
    }

    /**
     * {@code judgements.allies[POL]} once the id reads as text, so messages name what is judged.
     */
    private static String labelOf(
            Node.Mapping mapping, String idKey, String fallback, String list) {
        for (Node.Entry entry : mapping.entries()) {
            if (entry.key().equals(idKey)
                    && entry.value() instanceof Node.Scalar s
                    && !s.text().isBlank()) {
                return list + "[" + s.text().strip() + "]";
            }
        }
        return fallback;
    }

    /**
     * The judgements of a YAML/JSON {@code judgements} section: {@code allies} and {@code regions}
     * lists.
     */
    static List<FileFacts.JudgementDraft> section(Node node, Problems problems) {
        Node.Mapping mapping = Section.mapping(node, "judgements", problems);
        List<FileFacts.JudgementDraft> drafts = new ArrayList<>();
        if (mapping == null) {
            return drafts;
        }
        Section section = Section.of(mapping, List.of("allies", "regions"), "judgements", problems);
        drafts.addAll(
                Section.items(
                        section.node("allies"),
                        "judgements.allies",
                        problems,
                        (item, i) -> ally(item, "judgements.allies[" + i + "]", problems)));
        drafts.addAll(
                Section.items(
                        section.node("regions"),
                        "judgements.regions",
                        problems,
                        (item, i) -> region(item, "judgements.regions[" + i + "]", problems)));
        return drafts;
    }

    /** Fields in the order of the vocabulary, so a judgement's values read the same every run. */
    private static final class FieldOrder implements java.util.Comparator<String> {
        private static final List<String> ORDER =
                FactSchema.allyFields().stream().map(FactField::path).toList();

        @Override
        public int compare(String a, String b) {
            return Integer.compare(ORDER.indexOf(a), ORDER.indexOf(b));
        }
    }
}
