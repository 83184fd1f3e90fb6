package org.allyadvisor.facts.read;

import java.time.LocalDate;
import java.util.List;
import org.allyadvisor.facts.FactField;
import org.allyadvisor.facts.FieldType;
import org.allyadvisor.facts.Meta;
import org.allyadvisor.facts.SupportLevel;
import org.allyadvisor.text.EnumNames;

/**
 * Reads the tree shared by YAML and JSON: {@code meta}, {@code regions}, {@code allies}, and where
 * values come from: {@code provenance} declarations and analysts' {@code judgements}; and how far
 * they may be off: {@code uncertainty} ranges.
 */
final class TreeFacts {

    static final FactField TITLE = Section.field("title", FieldType.TEXT, null, null, List.of());
    static final FactField AS_OF = Section.field("asOf", FieldType.DATE, null, null, List.of());
    static final FactField SUPPORT_LEVEL =
            Section.field(
                    "usSupportLevel", FieldType.ENUM, null, null, EnumNames.of(SupportLevel.class));
    private static final List<String> ROOT_KEYS =
            List.of("meta", "regions", "allies", "provenance", "judgements", "uncertainty");
    private static final List<String> META_KEYS =
            List.of(TITLE.name(), AS_OF.name(), SUPPORT_LEVEL.name());

    private TreeFacts() {}

    static FileFacts read(Node root, Problems problems) {
        Node.Mapping mapping = Section.mapping(root, "", problems);
        if (mapping == null) {
            if (root.isMissing()) {
                problems.at(root, "", "expected a section (a mapping), got " + root.describe());
            }
            return FileFacts.NONE;
        }
        Section top = Section.of(mapping, ROOT_KEYS, "", problems);
        return new FileFacts(
                meta(top, problems),
                Section.items(
                        top.node("regions"),
                        "regions",
                        problems,
                        (item, i) -> RegionReader.read(item, i, problems)),
                Section.items(
                        top.node("allies"),
                        "allies",
                        problems,
                        (item, i) -> AllyReader.read(item, i, problems)),
                null,
                top.node("provenance") == null
                        ? List.of()
                        : ProvenanceReader.read(top.node("provenance"), problems),
                top.node("judgements") == null
                        ? List.of()
                        : JudgementReader.section(top.node("judgements"), problems),
                top.node("uncertainty") == null
                        ? List.of()
                        : RangeReader.read(top.node("uncertainty"), problems));
    }

    private static FileFacts.MetaDraft meta(Section top, Problems problems) {
        Node.Mapping mapping = Section.mapping(top.node("meta"), "meta", problems);
        if (mapping == null) {
            return null;
        }
        Section meta = Section.of(mapping, META_KEYS, "meta", problems);
        String level = (String) meta.read(SUPPORT_LEVEL);
        Meta value =
                new Meta(
                        (String) meta.read(TITLE),
                        (LocalDate) meta.read(AS_OF),
                        level == null ? null : SupportLevel.valueOf(level));
        return new FileFacts.MetaDraft(value, top.keyLoc("meta"));
    }
}
