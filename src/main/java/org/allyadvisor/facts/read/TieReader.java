package org.allyadvisor.facts.read;

import java.util.List;
import org.allyadvisor.facts.FactField;
import org.allyadvisor.facts.FactSchema;
import org.allyadvisor.facts.FieldType;
import org.allyadvisor.facts.Tie;
import org.allyadvisor.facts.TieKind;
import org.allyadvisor.text.EnumNames;

/** Reads one tie: nested under its ally in YAML/JSON, or a row of ties.csv. */
final class TieReader {

    static final FactField PARTNER =
            Section.field("partner", FieldType.TEXT, null, null, List.of());
    static final FactField KIND =
            Section.field("kind", FieldType.ENUM, null, null, EnumNames.of(TieKind.class));
    static final FactField STRENGTH =
            Section.field(
                    "strength",
                    FieldType.INTEGER,
                    FactSchema.MIN_TIE_STRENGTH,
                    FactSchema.MAX_TIE_STRENGTH,
                    List.of());

    /**
     * The partner of a ties.csv row that states "this ally has no regional ties": {@code
     * CAN,none,,}. Matched without regard to case, like {@code none} in a list cell.
     */
    static final String NONE = "none";

    static final String NONE_ROW_WITH_TIE =
            "a 'none' row declares no tie: leave kind and strength empty";

    private TieReader() {}

    /**
     * @param allyId the declaring ally, or null when its id is unreadable
     * @param allyLoc where a ties.csv row names the ally, or null for a nested tie; only a ties.csv
     *     row may be a {@code none} row
     * @return the draft, or null when the node is no mapping at all
     */
    static FileFacts.TieDraft read(
            Node node, String label, String allyId, Loc allyLoc, Problems problems) {
        Node.Mapping mapping = Section.mapping(node, label, problems);
        if (mapping == null) {
            return null;
        }
        Section tie = Section.of(mapping, FactSchema.TIE_FIELDS, label, problems);
        String partner = (String) tie.required(PARTNER);
        if (allyLoc != null && NONE.equalsIgnoreCase(partner)) {
            return noneRow(tie, label, allyId, allyLoc, problems);
        }
        String kind = (String) tie.required(KIND);
        Integer strength = (Integer) tie.required(STRENGTH);
        Tie value =
                allyId == null || partner == null || kind == null || strength == null
                        ? null
                        : new Tie(allyId, partner, TieKind.valueOf(kind), strength);
        return new FileFacts.TieDraft(
                allyId, allyLoc, partner, tie.loc(PARTNER.name()), label, value, false);
    }

    /**
     * {@code ALLY,none,,}: no tie, and no kind or strength either (reported once, at the first).
     */
    private static FileFacts.TieDraft noneRow(
            Section tie, String label, String allyId, Loc allyLoc, Problems problems) {
        for (FactField field : List.of(KIND, STRENGTH)) {
            Node value = tie.node(field.name());
            if (value != null && !value.isMissing()) {
                problems.at(value, tie.path(field.name()), NONE_ROW_WITH_TIE);
                break;
            }
        }
        return new FileFacts.TieDraft(
                allyId, allyLoc, NONE, tie.loc(PARTNER.name()), label, null, true);
    }
}
