package org.allyadvisor.rules;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.allyadvisor.facts.SupportLevel;
import org.allyadvisor.policy.Thresholds;
import org.allyadvisor.text.EnumNames;
import org.allyadvisor.text.NearestName;
import org.allyadvisor.text.Numbers;

/**
 * Reads the thresholds file of a rule set. The file's shape is the {@link Thresholds} record tree:
 * every section and every value must be there, nothing else may be, and each value must make sense
 * as policy. Reports every problem with its line, like a compiler.
 *
 * <p>The distances weighed under {@code scoring.distance.full} are named by the rules that state
 * them; a name there that misspells one of those is reported like an unknown threshold.
 */
final class ThresholdsReader {

    private static final ObjectMapper YAML = YAMLMapper.builder().build();

    private ThresholdsReader() {}

    /**
     * The thresholds as written and as each US support scenario changes them.
     *
     * @param underSupport for every support level, the thresholds with that level's overrides
     *     applied
     */
    record Read(Thresholds written, Map<SupportLevel, Thresholds> underSupport) {}

    /**
     * @param statedMeasures the distance measures the rule files state
     */
    static Read read(String text, String file, Set<String> statedMeasures) throws RuleSetException {
        JsonNode root;
        try {
            root = YAML.readTree(text);
        } catch (JsonProcessingException e) {
            refuseNotFinite(text, file);
            JsonLocation at = e.getLocation();
            throw new RuleSetException(
                    new RuleProblem(
                            file,
                            at == null ? 0 : at.getLineNr(),
                            at == null ? 0 : at.getColumnNr(),
                            "syntax: " + e.getOriginalMessage().lines().findFirst().orElse("")));
        }
        if (root == null || root.isMissingNode() || root.isNull()) {
            throw new RuleSetException(new RuleProblem(file, 0, 0, "empty thresholds file"));
        }
        Problems problems = new Problems(file, text);
        problems.duplicates();
        JsonNode ranges = ThresholdRanges.removedFrom(root);
        checkShape(root, Thresholds.class, "", problems);
        ThresholdRanges.check(ranges, root, problems);
        checkWeighedMeasures(
                root.path("scoring").path("distance").path("full"), statedMeasures, problems);
        problems.throwIfAny();
        ScenarioOverrides overrides = new ScenarioOverrides(root);
        overrides.checkPaths(problems);
        problems.throwIfAny();
        Thresholds written = thresholds(root, file);
        ThresholdsChecks.check(written, problems);
        Map<SupportLevel, Thresholds> underSupport = new EnumMap<>(SupportLevel.class);
        for (SupportLevel level : SupportLevel.values()) {
            Thresholds under = thresholds(overrides.appliedFor(level), file);
            overrides.checkConsistent(level, under, problems);
            underSupport.put(level, under);
        }
        problems.throwIfAny();
        return new Read(written, underSupport);
    }

    /**
     * YAML's .inf and .nan, each a problem of the threshold it stands in. Jackson types them as
     * numbers that it then cannot read, and would call the first one a syntax error of the file.
     */
    private static void refuseNotFinite(String text, String file) throws RuleSetException {
        Problems problems = new Problems(file, text);
        try (JsonParser parser = YAML.createParser(text)) {
            for (JsonToken t = parser.nextToken(); t != null; t = parser.nextToken()) {
                if (t == JsonToken.VALUE_NUMBER_FLOAT
                        && Numbers.isYamlNotFinite(parser.getText())) {
                    String pointer = parser.getParsingContext().pathAsPointer().toString();
                    problems.add(
                            pointer.substring(1).replace('/', '.'),
                            "expected a finite number, got " + parser.getText());
                }
            }
        } catch (IOException | RuntimeException unreadable) {
            return; // not YAML at all: reading it says where
        }
        problems.throwIfAny();
    }

    private static Thresholds thresholds(JsonNode tree, String file) throws RuleSetException {
        try {
            return YAML.treeToValue(tree, Thresholds.class);
        } catch (JsonProcessingException e) {
            throw new RuleSetException(new RuleProblem(file, 0, 0, e.getOriginalMessage()));
        }
    }

    /**
     * The measures {@code scoring.distance.full} weighs, read on their own so that the rules'
     * distances are checked even when another threshold is wrong; empty when that section cannot be
     * read at all (the reader reports why).
     */
    static Optional<Set<String>> weighedMeasures(String text) {
        try {
            JsonNode full = YAML.readTree(text).path("scoring").path("distance").path("full");
            if (!full.isObject()) {
                return Optional.empty();
            }
            Set<String> measures = new TreeSet<>();
            full.fieldNames().forEachRemaining(measures::add);
            return Optional.of(measures);
        } catch (IOException | RuntimeException unreadable) {
            return Optional.empty();
        }
    }

    /**
     * Whether {@code node} has the shape of {@code type}: a section, a table, a number, a word or
     * an enum name.
     */
    static void checkShape(JsonNode node, Type type, String path, Problems problems) {
        Class<?> raw =
                type instanceof ParameterizedType p ? (Class<?>) p.getRawType() : (Class<?>) type;
        if (raw.isRecord()) {
            checkSection(node, raw, path, problems);
        } else if (Map.class.isAssignableFrom(raw)) {
            checkTable(node, (ParameterizedType) type, path, problems);
        } else if (raw == Object.class) {
            return; // a value whose type depends on its key: checked by whoever knows the key
        } else if (List.class.isAssignableFrom(raw)) {
            checkList(node, (ParameterizedType) type, path, problems);
        } else if (raw.isEnum()) {
            if (!node.isTextual() || !EnumNames.of(raw).contains(node.asText())) {
                problems.add(
                        path,
                        "unknown value "
                                + shown(node)
                                + "; allowed: "
                                + String.join(", ", EnumNames.of(raw)));
            }
        } else if (raw == String.class) {
            if (!node.isTextual() || node.asText().isBlank()) {
                problems.add(path, "expected words, got " + shown(node));
            }
        } else if (node.isNumber() && !Double.isFinite(node.asDouble())) {
            problems.add(path, "expected a finite number, got one too large to hold");
        } else if (raw == int.class || raw == Integer.class) {
            if (!node.isIntegralNumber()
                    && !(node.isNumber() && node.asDouble() == Math.rint(node.asDouble()))) {
                problems.add(path, "expected a whole number, got " + shown(node));
            } else if (!node.canConvertToInt()) {
                problems.add(path, node.asText() + " is too large: at most " + Integer.MAX_VALUE);
            }
        } else if (!node.isNumber()) {
            problems.add(path, "expected a number, got " + shown(node));
        }
    }

    private static void checkSection(
            JsonNode node, Class<?> record, String path, Problems problems) {
        if (!node.isObject()) {
            problems.add(path, "expected a section of thresholds, got " + shown(node));
            return;
        }
        List<String> names =
                Arrays.stream(record.getRecordComponents()).map(RecordComponent::getName).toList();
        for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
            String key = it.next();
            if (!names.contains(key)) {
                problems.add(
                        join(path, key),
                        "unknown threshold '"
                                + key
                                + "'; "
                                + NearestName.among(key, names)
                                        .map(n -> "did you mean '" + n + "'?")
                                        .orElse("known: " + String.join(", ", names)));
            }
        }
        for (RecordComponent component : record.getRecordComponents()) {
            JsonNode value = node.get(component.getName());
            String at = join(path, component.getName());
            if (value == null || value.isNull()) {
                problems.addAt(path, at, "threshold is missing");
            } else {
                checkShape(value, component.getGenericType(), at, problems);
            }
        }
    }

    private static void checkTable(
            JsonNode node, ParameterizedType type, String path, Problems problems) {
        if (!node.isObject()) {
            problems.add(path, "expected a table of values, got " + shown(node));
            return;
        }
        Class<?> keyType = (Class<?>) type.getActualTypeArguments()[0];
        Type valueType = type.getActualTypeArguments()[1];
        for (Map.Entry<String, JsonNode> entry : node.properties()) {
            String at = join(path, entry.getKey());
            if (!validKey(entry.getKey(), keyType)) {
                problems.add(
                        at,
                        "unknown key '" + entry.getKey() + "'; allowed: " + allowedKeys(keyType));
            } else {
                checkShape(entry.getValue(), valueType, at, problems);
            }
        }
    }

    private static void checkList(
            JsonNode node, ParameterizedType type, String path, Problems problems) {
        if (!node.isArray()) {
            problems.add(path, "expected a list, got " + shown(node));
            return;
        }
        for (int i = 0; i < node.size(); i++) {
            checkShape(
                    node.get(i),
                    type.getActualTypeArguments()[0],
                    join(path, Integer.toString(i)),
                    problems);
        }
    }

    private static boolean validKey(String key, Class<?> keyType) {
        if (keyType.isEnum()) {
            return EnumNames.of(keyType).contains(key);
        }
        return keyType == String.class || key.matches("-?\\d+");
    }

    /**
     * A full distance under a name no rule states, when a rule states a near name that has none: a
     * misspelling, reported here as well as at the rule. A name no rule states at all is let be,
     * like any threshold of a rule that was taken out.
     */
    private static void checkWeighedMeasures(JsonNode full, Set<String> stated, Problems problems) {
        if (!full.isObject()) {
            return; // reported by the shape check
        }
        Set<String> unweighed = new TreeSet<>(stated);
        full.fieldNames().forEachRemaining(unweighed::remove);
        for (Iterator<String> it = full.fieldNames(); it.hasNext(); ) {
            String measure = it.next();
            if (!stated.contains(measure)) {
                NearestName.among(measure, unweighed)
                        .ifPresent(
                                meant ->
                                        problems.add(
                                                "scoring.distance.full." + measure,
                                                "no rule states distance '"
                                                        + measure
                                                        + "'; did you mean '"
                                                        + meant
                                                        + "'?"));
            }
        }
    }

    private static String allowedKeys(Class<?> keyType) {
        if (keyType.isEnum()) {
            return String.join(", ", EnumNames.of(keyType));
        }
        return "whole numbers";
    }

    private static String shown(JsonNode node) {
        if (node.isTextual()) {
            return "\"" + node.asText() + "\"";
        }
        if (node.isObject()) {
            return "a section";
        }
        return node.isArray() ? "a list" : node.toString();
    }

    private static String join(String path, String key) {
        return path.isEmpty() ? key : path + "." + key;
    }

    /** Problems of one thresholds file, located through the key index. */
    static final class Problems {
        private final String file;
        private final String text;
        private YamlLocations locations;
        private final List<RuleProblem> found = new ArrayList<>();
        private final List<Said> said = new ArrayList<>();

        Problems(String file, String text) {
            this.file = file;
            this.text = text;
        }

        void add(String path, String message) {
            addAt(path, path, message);
        }

        /** A problem with {@code path}, reported where {@code locatedBy} is written. */
        void addAt(String locatedBy, String path, String message) {
            said.add(new Said(path, message));
            JsonLocation at = locate(locatedBy);
            found.add(
                    new RuleProblem(
                            file,
                            at == null ? 0 : at.getLineNr(),
                            at == null ? 0 : at.getColumnNr(),
                            (path.isEmpty() ? "" : path + ": ") + message));
        }

        /** Reports every key written twice in one section, at its repeat, naming the first. */
        void duplicates() {
            try {
                if (locations == null) {
                    locations = YamlLocations.index(text);
                }
            } catch (IOException e) {
                return; // the text parsed once already
            }
            for (YamlLocations.Duplicate d : locations.duplicates()) {
                found.add(
                        new RuleProblem(
                                file,
                                d.repeat().getLineNr(),
                                d.repeat().getColumnNr(),
                                d.path()
                                        + ": written twice (first at line "
                                        + d.first().getLineNr()
                                        + "); keep one"));
            }
        }

        /** Where a key is written; the file is indexed only once there is a problem to locate. */
        private JsonLocation locate(String path) {
            try {
                if (locations == null) {
                    locations = YamlLocations.index(text);
                }
                return locations.of(path);
            } catch (IOException e) {
                return null; // the text parsed once already; without an index the problem names no
                // line
            }
        }

        /** A problem as a check said it, before it was located. */
        record Said(String path, String message) {}

        /** Every problem so far as the checks said it, to tell what other thresholds add to it. */
        List<Said> said() {
            return List.copyOf(said);
        }

        /** A fresh collection of problems of the same file. */
        Problems fresh() {
            return new Problems(file, text);
        }

        /** Every problem found, in the order of the file. */
        void throwIfAny() throws RuleSetException {
            if (!found.isEmpty()) {
                throw new RuleSetException(
                        found.stream()
                                .sorted(
                                        Comparator.comparingInt(RuleProblem::line)
                                                .thenComparingInt(RuleProblem::column))
                                .toList());
            }
        }
    }
}
