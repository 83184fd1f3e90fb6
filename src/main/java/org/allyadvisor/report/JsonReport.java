package org.allyadvisor.report;

import static org.allyadvisor.report.JsonDocument.MAPPER;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.DoubleNode;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.allyadvisor.advice.Evidence;
import org.allyadvisor.results.Action;
import org.allyadvisor.results.AllyAssessment;
import org.allyadvisor.results.Assessment;
import org.allyadvisor.results.Citation;
import org.allyadvisor.results.Coalition;
import org.allyadvisor.results.DataGap;
import org.allyadvisor.results.PortfolioEntry;
import org.allyadvisor.results.Risk;
import org.allyadvisor.results.RuleRef;
import org.allyadvisor.results.Scoring;
import org.allyadvisor.results.Source;

/**
 * The assessment as JSON, schema {@code ally-advisor/assessment/1} (SPEC §5, with each action's,
 * risk's and coalition's {@code provenance}: the origin of every fact value in its evidence, and
 * {@code restsOnJudgement}, true when one of them is an analyst's judgement; each action's {@code
 * citations}, every rule behind it with its passage and line; each coalition's {@code source}; each
 * portfolio entry's {@code title}; and each ally's {@code quietRules}, the rules that ran for it
 * and found nothing to advise). Fields are written in a fixed order and lines end in {@code \n} on
 * every platform, so the same assessment gives the same bytes.
 */
public final class JsonReport {

    private JsonReport() {}

    public static String render(Assessment assessment) {
        return JsonDocument.render(json -> body(assessment, json));
    }

    /**
     * Writes the same text as {@link #render} to {@code out}, one ally, coalition and portfolio
     * entry at a time, so that a large assessment is never held as one tree or one string. Does not
     * close {@code out}.
     */
    public static void write(Assessment assessment, Writer out) throws IOException {
        JsonDocument.write(json -> body(assessment, json), out);
    }

    private static void body(Assessment assessment, JsonGenerator json) throws IOException {
        JsonDocument.open(
                json, Assessment.SCHEMA, factSet(assessment.factSet()), rules(assessment.rules()));
        stream(json, "allies", assessment.allies(), JsonReport::ally);
        stream(json, "coalitions", assessment.coalitions(), JsonReport::coalition);
        stream(json, "portfolio", assessment.portfolio(), JsonReport::portfolioEntry);
        json.writeEndObject();
    }

    /** The JSON tree, for tools that post-process it. */
    public static ObjectNode tree(Assessment assessment) {
        ObjectNode root = open(Assessment.SCHEMA, assessment.factSet(), assessment.rules());
        list(root, "allies", assessment.allies(), JsonReport::ally);
        list(root, "coalitions", assessment.coalitions(), JsonReport::coalition);
        list(root, "portfolio", assessment.portfolio(), JsonReport::portfolioEntry);
        return root;
    }

    /**
     * The opening of a document about one assessment: the fact set and rules with what {@link
     * #factSet} and {@link #rules} add.
     */
    static ObjectNode open(
            String schema, Assessment.FactSetSummary facts, Assessment.RuleSetSummary rules) {
        return JsonDocument.open(schema, factSet(facts), rules(rules));
    }

    /**
     * The fact set as the documents about one assessment name it: with what was done with the
     * analysts' judgements.
     */
    private static ObjectNode factSet(Assessment.FactSetSummary summary) {
        return JsonDocument.factSet(summary)
                .put("judgements", summary.judgements().name().toLowerCase(java.util.Locale.ROOT));
    }

    /**
     * The rules as the documents about one assessment name them: with the thresholds overridden.
     */
    private static ObjectNode rules(Assessment.RuleSetSummary summary) {
        ObjectNode rules = JsonDocument.rules(summary);
        rules.set("overrides", MAPPER.valueToTree(summary.overrides()));
        return rules;
    }

    /** A list written item by item, each item's tree made just before it is written. */
    private static <T> void stream(
            JsonGenerator json, String name, List<T> items, Function<T, JsonNode> each)
            throws IOException {
        json.writeArrayFieldStart(name);
        for (T item : items) {
            MAPPER.writeTree(json, each.apply(item));
        }
        json.writeEndArray();
    }

    private static ObjectNode ally(AllyAssessment ally) {
        ObjectNode node = MAPPER.createObjectNode();
        node.put("id", ally.id());
        node.put("name", ally.name());
        node.put("region", ally.region());
        list(node, "actions", ally.actions(), JsonReport::action);
        list(node, "risks", ally.risks(), JsonReport::risk);
        list(node, "dataGaps", ally.dataGaps(), JsonReport::dataGap);
        list(node, "quietRules", ally.quietRules(), TextNode::valueOf);
        return node;
    }

    static ObjectNode action(Action action) {
        ObjectNode node = MAPPER.createObjectNode();
        node.put("rank", action.rank());
        node.put("id", action.id());
        list(node, "ruleIds", action.ruleIds(), TextNode::valueOf);
        node.put("category", action.category().name());
        node.put("priority", action.priority().name());
        node.put("score", action.score());
        node.set("scoring", scoring(action.scoring()));
        node.put("title", action.title());
        node.put("rationale", action.rationale());
        node.set("evidence", evidence(action.evidence()));
        node.set("provenance", provenance(action.evidence()));
        node.put("restsOnJudgement", action.evidence().restsOnJudgement());
        node.set("source", source(action.source()));
        node.set("rule", rule(action.rule()));
        list(node, "citations", action.citations(), JsonReport::citation);
        return node;
    }

    private static ObjectNode citation(Citation citation) {
        ObjectNode node = MAPPER.createObjectNode();
        node.put("ruleId", citation.ruleId());
        node.set("rule", rule(citation.rule()));
        node.set("source", source(citation.source()));
        return node;
    }

    static ObjectNode risk(Risk risk) {
        ObjectNode node = MAPPER.createObjectNode();
        node.put("ruleId", risk.ruleId());
        node.put("kind", risk.kind().name());
        node.put("level", risk.level().name());
        node.put("score", risk.score());
        node.set("scoring", scoring(risk.scoring()));
        node.put("rationale", risk.rationale());
        node.set("evidence", evidence(risk.evidence()));
        node.set("provenance", provenance(risk.evidence()));
        node.put("restsOnJudgement", risk.evidence().restsOnJudgement());
        node.set("source", source(risk.source()));
        node.set("rule", rule(risk.rule()));
        return node;
    }

    /**
     * The arithmetic behind a score: the formula in words, then each weight with what it weighs.
     */
    private static ObjectNode scoring(Scoring scoring) {
        ObjectNode node = MAPPER.createObjectNode();
        node.put("formula", scoring.formula());
        node.put("severity", scoring.severity().name());
        node.put("severityWeight", scoring.severityWeight());
        node.put("threatLevel", scoring.threatLevel());
        node.put("threatLevelJudged", scoring.threatJudged());
        node.put("threatWeight", scoring.threatWeight());
        node.put("supportLevel", scoring.support().name());
        node.put("supportWeight", scoring.supportWeight());
        if (scoring.distance() == null) {
            node.putNull("distance");
        } else {
            ObjectNode distance = node.putObject("distance");
            distance.put("measure", scoring.distance().measure());
            distance.put("value", scoring.distance().value());
            distance.put("full", scoring.fullDistance());
        }
        node.put("distanceWeight", scoring.distanceWeight());
        return node;
    }

    static ObjectNode dataGap(DataGap gap) {
        ObjectNode node = MAPPER.createObjectNode();
        node.put("field", gap.field());
        list(node, "rules", gap.rules(), TextNode::valueOf);
        return node;
    }

    static ObjectNode coalition(Coalition coalition) {
        ObjectNode node = MAPPER.createObjectNode();
        node.put("ruleId", coalition.ruleId());
        node.put("region", coalition.region());
        node.put("capability", coalition.capability());
        list(node, "members", coalition.members(), TextNode::valueOf);
        node.put("rationale", coalition.rationale());
        node.set("evidence", evidence(coalition.evidence()));
        node.set("provenance", provenance(coalition.evidence()));
        node.put("restsOnJudgement", coalition.evidence().restsOnJudgement());
        node.set("source", source(coalition.source()));
        node.set("rule", rule(coalition.rule()));
        return node;
    }

    private static ObjectNode portfolioEntry(PortfolioEntry entry) {
        ObjectNode node = MAPPER.createObjectNode();
        node.put("ally", entry.ally());
        node.put("actionId", entry.actionId());
        node.put("priority", entry.priority().name());
        node.put("score", entry.score());
        node.put("title", entry.title());
        return node;
    }

    static <T> void list(ObjectNode node, String name, List<T> items, Function<T, JsonNode> each) {
        ArrayNode array = node.putArray(name);
        items.forEach(item -> array.add(each.apply(item)));
    }

    private static ObjectNode evidence(Evidence evidence) {
        ObjectNode node = MAPPER.createObjectNode();
        for (Map.Entry<String, Object> value : evidence.values().entrySet()) {
            node.set(value.getKey(), value(value.getValue()));
        }
        return node;
    }

    /**
     * A value of evidence as {@code valueToTree} makes it, made directly for the kinds evidence
     * holds: a million values for 10,000 allies, each otherwise serialized to a buffer and read
     * back.
     */
    static JsonNode value(Object value) {
        if (value instanceof String text) {
            return TextNode.valueOf(text);
        }
        if (value instanceof Integer number) {
            return IntNode.valueOf(number);
        }
        if (value instanceof Double number) {
            return DoubleNode.valueOf(number);
        }
        if (value instanceof Boolean flag) {
            return BooleanNode.valueOf(flag);
        }
        if (value instanceof List<?> items) {
            ArrayNode array = MAPPER.createArrayNode();
            items.forEach(item -> array.add(value(item)));
            return array;
        }
        return MAPPER.valueToTree(value);
    }

    /** Per fact value of the evidence: sourced, derived, judgement or given, with what backs it. */
    private static ObjectNode provenance(Evidence evidence) {
        ObjectNode node = MAPPER.createObjectNode();
        evidence.origins()
                .forEach(
                        (name, origin) -> {
                            ObjectNode entry = node.putObject(name);
                            entry.put("kind", origin.kind().label());
                            putIfPresent(entry, "source", origin.source());
                            putIfPresent(entry, "rule", origin.rule());
                            putIfPresent(entry, "basis", origin.basis());
                            putIfPresent(entry, "caveat", origin.caveat());
                            putIfPresent(entry, "at", origin.at());
                        });
        return node;
    }

    private static void putIfPresent(ObjectNode node, String name, String value) {
        if (value != null) {
            node.put(name, value);
        }
    }

    static ObjectNode source(Source source) {
        ObjectNode node = MAPPER.createObjectNode();
        node.put("recommendation", source.recommendation());
        node.put("section", source.section());
        node.put("passage", source.passage());
        return node;
    }

    static ObjectNode rule(RuleRef rule) {
        ObjectNode node = MAPPER.createObjectNode();
        node.put("name", rule.name());
        node.put("file", rule.file());
        node.put("line", rule.line());
        return node;
    }
}
