package org.allyadvisor.facts.read;

import java.util.List;
import org.allyadvisor.facts.FactField;
import org.allyadvisor.facts.FactSchema;
import org.allyadvisor.facts.FieldType;
import org.allyadvisor.facts.Region;

/** Reads one region: an item of {@code regions} in YAML/JSON, or a row of regions.csv. */
final class RegionReader {

    static final FactField ID = Section.field("id", FieldType.TEXT, null, null, List.of());
    static final FactField ACTIVITY =
            Section.field(
                    "emergingPowerActivity",
                    FieldType.INTEGER,
                    FactSchema.MIN_ACTIVITY,
                    FactSchema.MAX_ACTIVITY,
                    List.of());
    static final List<String> KEYS = List.of(ID.name(), ACTIVITY.name());

    private RegionReader() {}

    /** The draft, or null when the node is no mapping at all. */
    static FileFacts.RegionDraft read(Node node, int index, Problems problems) {
        String fallback = "regions[" + index + "]";
        Node.Mapping mapping = Section.mapping(node, fallback, problems);
        if (mapping == null) {
            return null;
        }
        String label = labelOf(mapping, fallback);
        Section region = Section.of(mapping, KEYS, label, problems);
        String id = (String) region.required(ID);
        Integer activity = (Integer) region.read(ACTIVITY);
        return new FileFacts.RegionDraft(
                id, region.loc(ID.name()), label, id == null ? null : new Region(id, activity));
    }

    /** {@code regions[Europe-East]} when the id reads as text, so messages name the region. */
    private static String labelOf(Node.Mapping mapping, String fallback) {
        for (Node.Entry entry : mapping.entries()) {
            if (entry.key().equals(ID.name())
                    && entry.value() instanceof Node.Scalar s
                    && !s.isMissing()) {
                return "regions[" + s.text().strip() + "]";
            }
        }
        return fallback;
    }
}
