package org.allyadvisor.rules;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.allyadvisor.text.NearestName;
import org.allyadvisor.text.Numbers;

/**
 * The {@code uncertainty} section of a thresholds file: thresholds in dispute, each with the range
 * a study of how firm the advice is draws it from.
 *
 * <pre>
 * uncertainty:
 *   budget.assumedRealGdpGrowthPct: 1.0..2.0       # an interval
 *   regional.highEmergingPowerActivity: ±1          # plus or minus, in the threshold's unit
 *   scoring.priorityFrom.HIGH:                      # with the reason, shown beside the result
 *     range: ±10%
 *     basis: "where HIGH begins is a convention of this tool"
 * </pre>
 *
 * Any number of the rules' sections or of {@code scoring} may be named; {@code supportLevels} and
 * {@code engine} may not (a scenario is chosen, not uncertain; the engine's limits decide no
 * advice).
 */
final class ThresholdRanges {

    static final String SECTION = "uncertainty";
    private static final Pattern PLUS_MINUS =
            Pattern.compile("(?:±|\\+-|\\+/-)\\s*(\\S+?)\\s*(%?)");
    private static final Pattern INTERVAL = Pattern.compile("(\\S+?)\\s*\\.\\.\\s*(\\S+)");
    private static final List<String> NOT_UNCERTAIN = List.of("supportLevels", "engine", SECTION);

    private ThresholdRanges() {}

    /**
     * The ranges of a thresholds file already read and checked, in file order; empty when it
     * declares none.
     */
    static List<ThresholdRange> of(String text, String file) {
        try {
            JsonNode root =
                    new com.fasterxml.jackson.databind.ObjectMapper(
                                    new com.fasterxml.jackson.dataformat.yaml.YAMLFactory())
                            .readTree(text);
            YamlLocations locations = YamlLocations.index(text);
            ThresholdsReader.Problems ignored = new ThresholdsReader.Problems(file, text);
            return read(
                    root.path(SECTION),
                    root,
                    ignored,
                    path -> {
                        com.fasterxml.jackson.core.JsonLocation at =
                                locations.of(SECTION + "." + path);
                        return file + ":" + (at == null ? 0 : at.getLineNr());
                    });
        } catch (java.io.IOException e) {
            return List
                    .of(); // cannot happen for a loaded rule set: loading refused a file that does
            // not parse
        }
    }

    /** Checks the section, reporting each bad range where it is written. */
    static void check(JsonNode section, JsonNode root, ThresholdsReader.Problems problems) {
        read(section, root, problems, path -> "");
    }

    private static List<ThresholdRange> read(
            JsonNode section,
            JsonNode root,
            ThresholdsReader.Problems problems,
            java.util.function.Function<String, String> where) {
        List<ThresholdRange> ranges = new ArrayList<>();
        if (section == null || section.isMissingNode() || section.isNull()) {
            return ranges;
        }
        if (!section.isObject()) {
            problems.add(
                    SECTION,
                    "expected a section of threshold: range entries, got " + shown(section));
            return ranges;
        }
        Map<String, JsonNode> numbers = new LinkedHashMap<>();
        leaves("", root, numbers);
        for (Iterator<Map.Entry<String, JsonNode>> it = section.properties().iterator();
                it.hasNext(); ) {
            Map.Entry<String, JsonNode> entry = it.next();
            String path = entry.getKey();
            String at = SECTION + "." + path;
            JsonNode value = numbers.get(path);
            if (value == null) {
                problems.add(at, unknown(path, numbers));
                continue;
            }
            String written;
            String basis = "";
            if (entry.getValue().isObject()) {
                JsonNode range = entry.getValue().get("range");
                JsonNode reason = entry.getValue().get("basis");
                for (Iterator<String> keys = entry.getValue().fieldNames(); keys.hasNext(); ) {
                    String key = keys.next();
                    if (!key.equals("range") && !key.equals("basis")) {
                        problems.add(
                                at + "." + key,
                                "unknown key '" + key + "'; a range takes 'range' and 'basis'");
                    }
                }
                if (range == null) {
                    problems.add(at, "say the range: 'range: ±0.25' or 'range: 1.8..2.2'");
                    continue;
                }
                written = range.asText().strip();
                basis = reason == null ? "" : reason.asText().strip();
            } else if (entry.getValue().isValueNode() && !entry.getValue().isNull()) {
                written = entry.getValue().asText().strip();
            } else {
                problems.add(
                        at,
                        "expected a range such as ±0.25, ±10% or 1.8..2.2, got "
                                + shown(entry.getValue()));
                continue;
            }
            ThresholdRange range =
                    range(
                            path,
                            value.asDouble(),
                            value.isIntegralNumber(),
                            written,
                            basis,
                            at,
                            problems);
            if (range != null) {
                ranges.add(
                        new ThresholdRange(
                                range.path(),
                                range.value(),
                                range.low(),
                                range.high(),
                                range.whole(),
                                range.written(),
                                range.basis(),
                                where.apply(path)));
            }
        }
        return ranges;
    }

    private static ThresholdRange range(
            String path,
            double value,
            boolean whole,
            String written,
            String basis,
            String at,
            ThresholdsReader.Problems problems) {
        Matcher plusMinus = PLUS_MINUS.matcher(written);
        Matcher interval = INTERVAL.matcher(written);
        double low;
        double high;
        if (plusMinus.matches()) {
            Double width = number(plusMinus.group(1), at, problems);
            if (width == null) {
                return null;
            }
            if (width < 0) {
                problems.add(at, "the width must not be negative, got " + plusMinus.group(1));
                return null;
            }
            double half = plusMinus.group(2).isEmpty() ? width : Math.abs(value) * width / 100.0;
            low = value - half;
            high = value + half;
        } else if (interval.matches()) {
            Double from = number(interval.group(1), at, problems);
            Double to = number(interval.group(2), at, problems);
            if (from == null || to == null) {
                return null;
            }
            if (from > to) {
                problems.add(
                        at,
                        "the range runs from "
                                + interval.group(1)
                                + " down to "
                                + interval.group(2)
                                + "; write the lower end first");
                return null;
            }
            if (value < from || value > to) {
                problems.add(
                        at,
                        "the range "
                                + written
                                + " leaves out the value written, "
                                + Numbers.plain(value));
                return null;
            }
            low = from;
            high = to;
        } else {
            problems.add(
                    at, "expected a range such as ±0.25, ±10% or 1.8..2.2, got '" + written + "'");
            return null;
        }
        return new ThresholdRange(path, value, low, high, whole, written, basis, "");
    }

    private static Double number(String text, String at, ThresholdsReader.Problems problems) {
        try {
            double value = Double.parseDouble(text);
            if (!Double.isNaN(value) && !Double.isInfinite(value)) {
                return value;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        problems.add(at, "'" + text + "' is not a number");
        return null;
    }

    /** Every number of the file a range may name, by dotted path. */
    private static void leaves(String path, JsonNode node, Map<String, JsonNode> numbers) {
        if (node.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> it = node.properties().iterator();
                    it.hasNext(); ) {
                Map.Entry<String, JsonNode> field = it.next();
                if (path.isEmpty() && NOT_UNCERTAIN.contains(field.getKey())) {
                    continue;
                }
                leaves(
                        path.isEmpty() ? field.getKey() : path + "." + field.getKey(),
                        field.getValue(),
                        numbers);
            }
        } else if (node.isNumber()) {
            numbers.put(path, node);
        }
    }

    private static String unknown(String path, Map<String, JsonNode> numbers) {
        String section = path.contains(".") ? path.substring(0, path.indexOf('.')) : path;
        if (NOT_UNCERTAIN.contains(section)) {
            return "'"
                    + path
                    + "' cannot be uncertain: a support scenario is chosen with --support, and the engine's"
                    + " limits decide no advice";
        }
        return "unknown threshold '"
                + path
                + "'; "
                + NearestName.among(path, numbers.keySet())
                        .map(n -> "did you mean '" + n + "'?")
                        .orElse(
                                "name a number of the file as section.threshold, e.g. 'budget.floorPctGdp'");
    }

    private static String shown(JsonNode node) {
        return node.isObject() ? "a section" : node.isArray() ? "a list" : node.toString();
    }

    /**
     * The file's tree without its uncertainty section, which the shape of the thresholds does not
     * include.
     */
    static JsonNode removedFrom(JsonNode root) {
        return root instanceof ObjectNode object ? object.remove(SECTION) : null;
    }
}
