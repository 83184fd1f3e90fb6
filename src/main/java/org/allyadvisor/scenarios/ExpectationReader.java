package org.allyadvisor.scenarios;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.allyadvisor.advice.Priority;
import org.allyadvisor.advice.RiskKind;
import org.allyadvisor.facts.Ally;
import org.allyadvisor.facts.Capability;
import org.allyadvisor.facts.FactSet;
import org.allyadvisor.facts.read.Node;
import org.allyadvisor.text.EnumNames;
import org.allyadvisor.text.NearestName;

/**
 * Reads what a case expects of its ally's advice: actions, risks and coalitions, each named by a
 * rule id of the rules the scenarios run against, or by its key, kind or partner.
 */
final class ExpectationReader {

    private static final List<String> EXPECT_KEYS = List.of("actions", "risks", "coalitions");
    private static final List<String> ACTION_KEYS = List.of("rule", "key", "priority");
    private static final List<String> RISK_KEYS = List.of("rule", "kind", "severity");
    private static final List<String> COALITION_KEYS = List.of("rule", "with", "capability");
    private static final List<String> CAPABILITIES =
            Arrays.stream(Capability.values()).map(Capability::field).toList();

    private final ScenarioText text;
    private final Set<String> ruleIds;

    /**
     * @param ruleIds the catalogue ids of the rules, in id order
     */
    ExpectationReader(ScenarioText text, Set<String> ruleIds) {
        this.text = text;
        this.ruleIds = ruleIds;
    }

    /**
     * The expectations under {@code expect:} ({@code present}) or {@code expect absent:}, added to
     * {@code into}.
     *
     * @param facts the case's facts, to check the allies named; null or empty when they could not
     *     be read
     */
    void read(Node node, boolean present, Optional<FactSet> facts, List<Expectation> into) {
        if (node == null) {
            return;
        }
        String label = present ? ScenarioReader.EXPECT : ScenarioReader.EXPECT_ABSENT;
        if (!(node instanceof Node.Mapping mapping)) {
            text.at(
                    node,
                    label + ": expected actions:, risks: or coalitions:, got " + node.describe());
            return;
        }
        ScenarioKeys keys = ScenarioKeys.of(mapping, EXPECT_KEYS, label, text);
        for (Node item : ScenarioText.list(keys.node("actions"))) {
            Expectation read = action(item, present);
            if (read != null) {
                into.add(read);
            }
        }
        for (Node item : ScenarioText.list(keys.node("risks"))) {
            Expectation read = risk(item, present);
            if (read != null) {
                into.add(read);
            }
        }
        for (Node item : ScenarioText.list(keys.node("coalitions"))) {
            Expectation read = coalition(item, present, facts);
            if (read != null) {
                into.add(read);
            }
        }
    }

    /** An action: {@code BUD-1}, or {@code {rule: BUD-1, key: raise-to-floor, priority: HIGH}}. */
    private Expectation action(Node item, boolean present) {
        if (item instanceof Node.Scalar) {
            String rule = rule(item);
            return rule == null
                    ? null
                    : new Expectation.OfAction(present, rule, null, null, item.line());
        }
        ScenarioKeys keys = item(item, ACTION_KEYS, "an action (BUD-1, or rule:, key:, priority:)");
        if (keys == null) {
            return null;
        }
        String rule = keys.has("rule") ? rule(keys.node("rule")) : null;
        String key = keys.has("key") ? text.text(keys.node("key")) : null;
        Priority priority =
                keys.has("priority")
                        ? text.constant(Priority.class, keys.node("priority"), "priority")
                        : null;
        if (!keys.has("rule") && !keys.has("key")) {
            text.at(item, "an action is named by its rule: or its key: (or both)");
            return null;
        }
        return new Expectation.OfAction(present, rule, key, priority, item.line());
    }

    /**
     * A risk: {@code RISK-1} or {@code STRETCHED_CAPACITY}, or {@code {rule:, kind:, severity:}}.
     */
    private Expectation risk(Node item, boolean present) {
        if (item instanceof Node.Scalar scalar) {
            String word = text.text(scalar);
            if (word != null
                    && EnumNames.of(RiskKind.class).contains(word.toUpperCase(Locale.ROOT))) {
                return new Expectation.OfRisk(
                        present,
                        null,
                        RiskKind.valueOf(word.toUpperCase(Locale.ROOT)),
                        null,
                        item.line());
            }
            String rule = rule(item);
            return rule == null
                    ? null
                    : new Expectation.OfRisk(present, rule, null, null, item.line());
        }
        ScenarioKeys keys =
                item(
                        item,
                        RISK_KEYS,
                        "a risk (RISK-1, STRETCHED_CAPACITY, or rule:, kind:, severity:)");
        if (keys == null) {
            return null;
        }
        String rule = keys.has("rule") ? rule(keys.node("rule")) : null;
        RiskKind kind =
                keys.has("kind") ? text.constant(RiskKind.class, keys.node("kind"), "kind") : null;
        Priority severity =
                keys.has("severity")
                        ? text.constant(Priority.class, keys.node("severity"), "severity")
                        : null;
        if (!keys.has("rule") && !keys.has("kind")) {
            text.at(item, "a risk is named by its rule: or its kind: (or both)");
            return null;
        }
        return new Expectation.OfRisk(present, rule, kind, severity, item.line());
    }

    /**
     * A coalition: {@code REG-2}, or {@code {rule: REG-2, with: BBB, capability: missileDefense}}.
     */
    private Expectation coalition(Node item, boolean present, Optional<FactSet> facts) {
        if (item instanceof Node.Scalar) {
            String rule = rule(item);
            return rule == null
                    ? null
                    : new Expectation.OfCoalition(present, rule, null, null, item.line());
        }
        ScenarioKeys keys =
                item(item, COALITION_KEYS, "a coalition (REG-2, or rule:, with:, capability:)");
        if (keys == null) {
            return null;
        }
        String rule = keys.has("rule") ? rule(keys.node("rule")) : null;
        String partner = keys.has("with") ? text.text(keys.node("with")) : null;
        if (partner != null && facts != null && facts.isPresent()) {
            List<String> ids = facts.get().allies().stream().map(Ally::id).toList();
            if (!ids.contains(partner)) {
                text.at(keys.node("with"), "with: " + ScenarioText.noSuch("ally", partner, ids));
                return null;
            }
        }
        String capability = keys.has("capability") ? text.text(keys.node("capability")) : null;
        if (capability != null && !CAPABILITIES.contains(capability)) {
            text.at(
                    keys.node("capability"),
                    "capability: " + ScenarioText.noSuch("capability", capability, CAPABILITIES));
            return null;
        }
        return new Expectation.OfCoalition(present, rule, partner, capability, item.line());
    }

    private ScenarioKeys item(Node item, List<String> known, String expected) {
        if (!(item instanceof Node.Mapping mapping)) {
            text.at(item, "expected " + expected + ", got " + item.describe());
            return null;
        }
        return ScenarioKeys.of(mapping, known, "", text);
    }

    /** A catalogue id of the rules the scenarios run against. */
    private String rule(Node node) {
        String id = text.text(node);
        if (id == null) {
            return null;
        }
        if (!ruleIds.contains(id)) {
            text.at(
                    node,
                    "unknown rule '"
                            + ScenarioText.shorter(id)
                            + "'"
                            + NearestName.among(id, ruleIds)
                                    .map(best -> "; did you mean '" + best + "'?")
                                    .orElse(
                                            "; the rules' catalogue ids are "
                                                    + String.join(", ", ruleIds)));
            return null;
        }
        return id;
    }
}
