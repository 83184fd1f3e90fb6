package org.allyadvisor.rules;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.allyadvisor.facts.SupportLevel;
import org.allyadvisor.policy.Thresholds;
import org.allyadvisor.text.NearestName;

/**
 * The {@code supportLevels.<LEVEL>.overrides} of a thresholds file: threshold paths whose value
 * changes under a US support scenario. Each path must name a threshold the rules read, each value
 * must have that threshold's type, and the thresholds with a scenario's overrides applied must
 * still make sense together, like the values written.
 */
final class ScenarioOverrides {

    private final JsonNode root;

    /** Every threshold a scenario may change, by path, with its type. */
    private final Map<String, Type> overridable = new LinkedHashMap<>();

    ScenarioOverrides(JsonNode root) {
        this.root = root;
        for (String section : Thresholds.RULE_SECTIONS) {
            leaves(root.get(section), componentType(Thresholds.class, section), section);
        }
    }

    private void leaves(JsonNode node, Type type, String path) {
        Class<?> raw = raw(type);
        if (raw.isRecord()) {
            for (RecordComponent component : raw.getRecordComponents()) {
                leaves(
                        node.get(component.getName()),
                        component.getGenericType(),
                        path + "." + component.getName());
            }
        } else if (Map.class.isAssignableFrom(raw)) {
            Type valueType = ((ParameterizedType) type).getActualTypeArguments()[1];
            node.fieldNames()
                    .forEachRemaining(key -> leaves(node.get(key), valueType, path + "." + key));
        } else {
            overridable.put(path, type);
        }
    }

    private static Type componentType(Class<?> record, String name) {
        for (RecordComponent component : record.getRecordComponents()) {
            if (component.getName().equals(name)) {
                return component.getGenericType();
            }
        }
        throw new IllegalArgumentException(record.getSimpleName() + " has no " + name);
    }

    private static Class<?> raw(Type type) {
        return type instanceof ParameterizedType p ? (Class<?>) p.getRawType() : (Class<?>) type;
    }

    private JsonNode overridesOf(SupportLevel level) {
        return root.path("supportLevels").path(level.name()).path("overrides");
    }

    private static String at(SupportLevel level) {
        return "supportLevels." + level.name() + ".overrides";
    }

    /** Each override names a threshold the rules read and gives it a value of its type. */
    void checkPaths(ThresholdsReader.Problems problems) {
        for (SupportLevel level : SupportLevel.values()) {
            JsonNode overrides = overridesOf(level);
            for (Map.Entry<String, JsonNode> override : overrides.properties()) {
                String path = override.getKey();
                String written = at(level) + "." + path;
                Type type = overridable.get(path);
                if (type == null) {
                    problems.add(written, unknown(path));
                } else {
                    ThresholdsReader.checkShape(override.getValue(), type, written, problems);
                }
            }
        }
    }

    private String unknown(String path) {
        String section = path.contains(".") ? path.substring(0, path.indexOf('.')) : path;
        if (!Thresholds.RULE_SECTIONS.contains(section) && componentNames().contains(section)) {
            return "'"
                    + path
                    + "' cannot change with the scenario; only the thresholds the rules read can ("
                    + String.join(", ", Thresholds.RULE_SECTIONS)
                    + ")";
        }
        return "unknown threshold '"
                + path
                + "'; "
                + NearestName.among(path, overridable.keySet())
                        .map(n -> "did you mean '" + n + "'?")
                        .orElse("name one as section.threshold, e.g. 'usAssistance.manyUsTroops'");
    }

    private static List<String> componentNames() {
        List<String> names = new ArrayList<>();
        for (RecordComponent component : Thresholds.class.getRecordComponents()) {
            names.add(component.getName());
        }
        return names;
    }

    /** The thresholds file with the overrides of {@code level} in place of the values written. */
    JsonNode appliedFor(SupportLevel level) {
        ObjectNode applied = root.deepCopy();
        for (Map.Entry<String, JsonNode> override : overridesOf(level).properties()) {
            String[] steps = override.getKey().split("\\.");
            ObjectNode parent = applied;
            for (int i = 0; i < steps.length - 1; i++) {
                parent = (ObjectNode) parent.get(steps[i]);
            }
            parent.set(steps[steps.length - 1], override.getValue().deepCopy());
        }
        return applied;
    }

    /**
     * Whether the thresholds under {@code level} still make sense together. Only what the overrides
     * add to the problems of the values written is reported: at the override itself when it is the
     * value found wrong, else at the scenario's overrides.
     */
    void checkConsistent(SupportLevel level, Thresholds under, ThresholdsReader.Problems problems) {
        if (overridesOf(level).isEmpty()) {
            return;
        }
        Set<ThresholdsReader.Problems.Said> ofWritten = new HashSet<>(problems.said());
        ThresholdsReader.Problems scenario = problems.fresh();
        ThresholdsChecks.check(under, scenario);
        for (ThresholdsReader.Problems.Said said : scenario.said()) {
            if (ofWritten.contains(said)) {
                continue;
            }
            if (overridesOf(level).has(said.path())) {
                problems.add(at(level) + "." + said.path(), said.message());
            } else {
                problems.add(
                        at(level), "with these overrides, " + said.path() + ": " + said.message());
            }
        }
    }
}
