package org.allyadvisor.facts.read;

import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.allyadvisor.facts.FactField;
import org.allyadvisor.facts.FactRange;
import org.allyadvisor.facts.FactSchema;
import org.allyadvisor.facts.FieldType;

/**
 * Reads the {@code uncertainty} section of a YAML/JSON fact file: how far the values of some
 * numeric fields may be off, for some allies or all of them, and why.
 *
 * <pre>
 * uncertainty:
 *   - fields: [budget.defensePctGdp]
 *     allies: [ALB, BEL]          # optional: every ally of the set when absent
 *     range: ±0.1                 # plus or minus, in the field's unit; ±5% is a percent of the value
 *     basis: "NATO's figures for the current year are estimates, revised a year later by ..."
 *     judgement: true             # optional: the width is an analysts' judgement, not a measurement
 * </pre>
 */
final class RangeReader {

    private static final List<String> KEYS =
            List.of("fields", "allies", "range", "basis", "judgement");

    /** {@code ±0.1}, {@code ±5%}; {@code +-} for keyboards without the sign. */
    private static final Pattern RANGE = Pattern.compile("(?:±|\\+-|\\+/-)\\s*(\\S+?)\\s*(%?)");

    /** The fields a range may speak for: the numbers of an ally. */
    static final List<String> FIELDS =
            FactSchema.allyFields().stream()
                    .filter(
                            f ->
                                    f.type() == FieldType.NUMBER
                                            || f.type() == FieldType.INTEGER
                                            || f.type() == FieldType.NUMBER_BY_YEAR)
                    .map(FactField::path)
                    .toList();

    private RangeReader() {}

    static List<FileFacts.RangeDraft> read(Node node, Problems problems) {
        return Section.items(
                node,
                "uncertainty",
                problems,
                (item, i) -> declaration(item, "uncertainty[" + i + "]", problems));
    }

    private static FileFacts.RangeDraft declaration(Node node, String label, Problems problems) {
        Node.Mapping mapping = Section.mapping(node, label, problems);
        if (mapping == null) {
            return null;
        }
        int before = problems.list().size();
        Section section = Section.of(mapping, KEYS, label, problems);
        for (String required : List.of("fields", "range", "basis")) {
            if (section.node(required) == null) {
                problems.at(mapping, Keys.join(label, required), "required field is missing");
            }
        }
        Map<String, Loc> fields = section.names("fields");
        fields.forEach(
                (path, loc) -> {
                    if (!FIELDS.contains(path)) {
                        problems.add(
                                loc.problem(
                                        Keys.join(label, "fields"),
                                        FactSchema.field(path).isPresent()
                                                ? "'"
                                                        + path
                                                        + "' is not a number; only numeric fields can have a range"
                                                : Keys.unknownField(path, FIELDS)));
                    }
                });
        Map<String, Loc> allies = section.node("allies") == null ? null : section.names("allies");
        Width width = width(section.node("range"), Keys.join(label, "range"), problems);
        String basis = Values.text(section.node("basis"), Keys.join(label, "basis"), problems);
        if (basis != null && basis.isBlank()) {
            problems.at(
                    section.node("basis"),
                    Keys.join(label, "basis"),
                    "empty; say why the values may be off by this much");
        }
        Boolean judgement =
                judgement(section.node("judgement"), Keys.join(label, "judgement"), problems);
        String at = Loc.of(problems.file(), mapping).where();
        // a bad declaration still has its allies checked against the set, so every problem shows at
        // once
        FactRange range =
                problems.list().size() > before || width == null
                        ? null
                        : new FactRange(
                                "",
                                width.value(),
                                width.percent(),
                                basis,
                                judgement != null && judgement,
                                at);
        return new FileFacts.RangeDraft(fields, allies, range);
    }

    private record Width(double value, boolean percent) {}

    private static Width width(Node node, String path, Problems problems) {
        if (node == null) {
            return null;
        }
        String text = Values.text(node, path, problems);
        if (text == null) {
            return null;
        }
        Matcher m = RANGE.matcher(text);
        if (!m.matches()) {
            problems.at(
                    node,
                    path,
                    "expected a width as ±WIDTH (in the field's unit) or ±PERCENT%, e.g. ±0.1 or ±5%, got '"
                            + shown(text)
                            + "'");
            return null;
        }
        double value;
        try {
            value = Double.parseDouble(m.group(1));
        } catch (NumberFormatException e) {
            problems.at(
                    node,
                    path,
                    "'" + shown(m.group(1)) + "' is not a number; write the width as ±0.1 or ±5%");
            return null;
        }
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            problems.at(
                    node,
                    path,
                    "'" + shown(m.group(1)) + "' is not a number; write the width as ±0.1 or ±5%");
            return null;
        }
        if (value < 0) {
            problems.at(node, path, "the width must not be negative, got " + shown(m.group(1)));
            return null;
        }
        return new Width(value, !m.group(2).isEmpty());
    }

    private static Boolean judgement(Node node, String path, Problems problems) {
        String text = Values.text(node, path, problems);
        if (text == null) {
            return null;
        }
        if (!text.equals("true") && !text.equals("false")) {
            problems.at(node, path, "expected true or false, got '" + shown(text) + "'");
            return null;
        }
        return Boolean.valueOf(text);
    }

    private static String shown(String text) {
        return text.length() > 40 ? text.substring(0, 37) + "..." : text;
    }
}
