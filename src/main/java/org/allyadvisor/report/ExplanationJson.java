package org.allyadvisor.report;

import static org.allyadvisor.report.JsonDocument.MAPPER;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.Writer;
import java.util.Locale;
import java.util.Map;
import org.allyadvisor.results.Explanation;
import org.allyadvisor.results.Explanation.Classification;
import org.allyadvisor.results.Explanation.ExplainedAction;
import org.allyadvisor.results.Explanation.ExplainedRisk;
import org.allyadvisor.results.Explanation.Miss;
import org.allyadvisor.results.Explanation.Observation;
import org.allyadvisor.results.Explanation.RuleTrail;
import org.allyadvisor.results.Explanation.WhyNot;

/**
 * An explanation as JSON ({@value Explanation#SCHEMA}): the ally's actions, risks and coalitions as
 * {@code assess --format json} writes them, each action with {@code trails} and each risk with a
 * {@code trail} (the rule, its passage, the classifications it matched and the rule that derived
 * each), then {@code whyNot}: per catalogue id that gave the ally nothing, its {@code missingFacts}
 * and, per rule of the id, the {@code miss} (kind, condition as written, where, the failing test,
 * what the facts held for it, and for a classification no rule derived, {@code because}: the misses
 * of the rules that derive it). Fields in a fixed order, lines ending in {@code \n}: the same
 * explanation gives the same bytes.
 */
public final class ExplanationJson {

    private ExplanationJson() {}

    public static String render(Explanation explanation) {
        return JsonDocument.render(tree(explanation));
    }

    /** Writes {@link #render}'s text to {@code out}; does not close it. */
    public static void write(Explanation explanation, Writer out) throws IOException {
        JsonDocument.write(tree(explanation), out);
    }

    /** The JSON tree, for tools that post-process it. */
    public static ObjectNode tree(Explanation explanation) {
        ObjectNode root =
                JsonReport.open(Explanation.SCHEMA, explanation.factSet(), explanation.rules());
        ObjectNode ally = root.putObject("ally");
        ally.put("id", explanation.ally().id());
        ally.put("name", explanation.ally().name());
        ally.put("region", explanation.ally().region());
        JsonReport.list(root, "actions", explanation.actions(), ExplanationJson::action);
        JsonReport.list(root, "risks", explanation.risks(), ExplanationJson::risk);
        JsonReport.list(root, "coalitions", explanation.coalitions(), JsonReport::coalition);
        JsonReport.list(root, "dataGaps", explanation.dataGaps(), JsonReport::dataGap);
        JsonReport.list(root, "whyNot", explanation.whyNot(), ExplanationJson::whyNot);
        return root;
    }

    private static ObjectNode action(ExplainedAction explained) {
        ObjectNode node = JsonReport.action(explained.action());
        JsonReport.list(node, "trails", explained.trails(), ExplanationJson::trail);
        return node;
    }

    private static ObjectNode risk(ExplainedRisk explained) {
        ObjectNode node = JsonReport.risk(explained.risk());
        node.set("trail", trail(explained.trail()));
        return node;
    }

    private static ObjectNode trail(RuleTrail trail) {
        ObjectNode node = MAPPER.createObjectNode();
        node.put("ruleId", trail.ruleId());
        node.set("rule", JsonReport.rule(trail.rule()));
        node.set("source", JsonReport.source(trail.source()));
        JsonReport.list(
                node, "classifications", trail.classifications(), ExplanationJson::classification);
        return node;
    }

    private static ObjectNode classification(Classification classification) {
        ObjectNode node = MAPPER.createObjectNode();
        node.put("type", classification.type());
        node.set("fields", values(classification.fields()));
        node.set(
                "derivedBy",
                classification.by() == null
                        ? NullNode.getInstance()
                        : JsonReport.rule(classification.by()));
        return node;
    }

    private static ObjectNode whyNot(WhyNot whyNot) {
        ObjectNode node = MAPPER.createObjectNode();
        node.put("ruleId", whyNot.ruleId());
        JsonReport.list(
                node,
                "missingFacts",
                whyNot.missingFacts(),
                com.fasterxml.jackson.databind.node.TextNode::valueOf);
        JsonReport.list(node, "rules", whyNot.rules(), ExplanationJson::miss);
        return node;
    }

    private static ObjectNode miss(Miss miss) {
        ObjectNode node = MAPPER.createObjectNode();
        node.set("rule", JsonReport.rule(miss.rule()));
        node.put("as", miss.as());
        node.put("kind", miss.kind().name().toLowerCase(Locale.ROOT).replace('_', '-'));
        node.put("condition", miss.condition());
        node.put("at", miss.at());
        node.put("test", miss.test());
        JsonReport.list(node, "observed", miss.observed(), ExplanationJson::observation);
        JsonReport.list(node, "because", miss.because(), ExplanationJson::miss);
        return node;
    }

    private static ObjectNode observation(Observation seen) {
        ObjectNode node = MAPPER.createObjectNode();
        node.put("fact", seen.fact());
        node.put("left", seen.left());
        node.set("leftValue", value(seen.leftValue()));
        node.put("operator", seen.operator());
        node.put("right", seen.right());
        node.set("rightValue", value(seen.rightValue()));
        node.put("threshold", seen.threshold());
        if (seen.distance() == null) {
            node.putNull("distance");
        } else {
            node.put("distance", TextWords.rounded(seen.distance()));
        }
        node.set("values", values(seen.values()));
        return node;
    }

    private static ObjectNode values(Map<String, Object> values) {
        ObjectNode node = MAPPER.createObjectNode();
        values.forEach((name, value) -> node.set(name, value(value)));
        return node;
    }

    /**
     * A value as evidence writes it; an enum by its name, anything else the rules hold by its text.
     */
    private static JsonNode value(Object value) {
        if (value == null) {
            return NullNode.getInstance();
        }
        if (value instanceof Enum<?> constant) {
            return JsonReport.value(constant.name());
        }
        if (value instanceof java.util.Collection<?> items) {
            com.fasterxml.jackson.databind.node.ArrayNode array = MAPPER.createArrayNode();
            java.util.stream.Stream<?> ordered =
                    items instanceof java.util.List<?>
                            ? items.stream()
                            : items.stream()
                                    .sorted(
                                            java.util.Comparator.comparing(
                                                    String::valueOf)); // a set has no order of
            // its own
            ordered.forEach(item -> array.add(value(item)));
            return array;
        }
        if (value instanceof Map<?, ?> map) {
            ObjectNode node = MAPPER.createObjectNode();
            java.util.Map<String, Object> sorted = new java.util.TreeMap<>();
            map.forEach((k, v) -> sorted.put(String.valueOf(k), v));
            sorted.forEach((k, v) -> node.set(k, value(v)));
            return node;
        }
        if (value instanceof Number || value instanceof String || value instanceof Boolean) {
            return JsonReport.value(value);
        }
        return JsonReport.value(value.toString());
    }
}
