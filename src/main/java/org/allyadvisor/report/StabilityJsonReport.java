package org.allyadvisor.report;

import static org.allyadvisor.report.JsonDocument.MAPPER;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Map;
import org.allyadvisor.uncertainty.Stability;

/**
 * A study of uncertainty as JSON, schema {@code ally-advisor/uncertainty/1}: a schema of its own
 * rather than an addition to the assessment's, since it speaks of a distribution over variants;
 * each action still carries what the assessment of the facts as given says of it ({@code
 * baseline}). Shares are fractions of {@code study.variants}, rounded to four decimals; fields in a
 * fixed order, so the same study gives the same bytes.
 */
public final class StabilityJsonReport {

    private StabilityJsonReport() {}

    public static String render(Stability stability) {
        return JsonDocument.render(tree(stability));
    }

    public static void write(Stability stability, Writer out) throws IOException {
        JsonDocument.write(tree(stability), out);
    }

    public static ObjectNode tree(Stability stability) {
        int n = stability.variants();
        ObjectNode root =
                JsonReport.open(
                        Stability.SCHEMA,
                        stability.baseline().factSet(),
                        stability.baseline().rules());
        ObjectNode study = root.putObject("study");
        study.put("variants", n);
        study.put("seed", stability.seed());
        study.put("draw", "uniform within each declared range, cut to the field's bounds");
        ArrayNode ranges = root.putArray("ranges");
        for (Stability.RangeUsed range : stability.ranges()) {
            ObjectNode node = ranges.addObject();
            node.put("kind", range.kind());
            node.put("name", range.name());
            node.put("range", range.range());
            ArrayNode allies = node.putArray("allies");
            range.allies().forEach(allies::add);
            node.put("basis", range.basis());
            node.put("judgement", range.judgement());
            node.put("at", range.at());
        }
        ArrayNode allies = root.putArray("allies");
        for (Stability.AllyStability ally : stability.allies()) {
            ObjectNode node = allies.addObject();
            node.put("id", ally.id());
            node.put("name", ally.name());
            node.put("region", ally.region());
            ArrayNode actions = node.putArray("actions");
            ally.actions().forEach(action -> actions.add(action(action, n)));
            ArrayNode risks = node.putArray("risks");
            ally.risks().forEach(risk -> risks.add(risk(risk, n)));
        }
        ArrayNode portfolio = root.putArray("portfolio");
        for (Stability.PortfolioStability entry : stability.portfolio()) {
            ObjectNode node = portfolio.addObject();
            node.put("ally", entry.ally());
            node.put("actionId", entry.actionId());
            node.put("title", entry.title());
            node.put("priority", entry.priority());
            node.put("score", entry.score());
            node.put("asGiven", share(entry.asGiven(), n));
            node.put("firmness", entry.firmness().label());
            node.set("place", interval(entry.place()));
        }
        ArrayNode raised = root.putArray("raisedByVariants");
        for (Stability.Raised r : stability.raisedByVariants()) {
            ObjectNode node = raised.addObject();
            node.put("ally", r.ally());
            node.put("actionId", r.action().id());
            node.put("title", r.action().title());
            node.put("held", share(r.action().held(), n));
            node.put("firmness", r.action().firmness().label());
        }
        return root;
    }

    private static ObjectNode action(Stability.ActionStability action, int n) {
        ObjectNode node = MAPPER.createObjectNode();
        node.put("id", action.id());
        node.put("title", action.title());
        node.put("category", action.category());
        if (action.baseline() == null) {
            node.putNull("baseline");
        } else {
            ObjectNode baseline = node.putObject("baseline");
            baseline.put("rank", action.baseline().rank());
            baseline.put("priority", action.baseline().priority());
            baseline.put("score", action.baseline().score());
        }
        ObjectNode stability = node.putObject("stability");
        stability.put("asGiven", share(action.asGiven(), n));
        stability.put("held", share(action.held(), n));
        stability.put("firmness", action.firmness().label());
        stability.set("rank", interval(action.rank()));
        stability.set("priorities", shares(action.priorities(), n));
        ObjectNode score = stability.putObject("score");
        score.put("min", action.score().min());
        score.put("mean", action.score().mean());
        score.put("max", action.score().max());
        return node;
    }

    private static ObjectNode risk(Stability.RiskStability risk, int n) {
        ObjectNode node = MAPPER.createObjectNode();
        node.put("ruleId", risk.ruleId());
        node.put("kind", risk.kind());
        node.put("baselineLevel", risk.baselineLevel());
        ObjectNode stability = node.putObject("stability");
        stability.put("asGiven", share(risk.asGiven(), n));
        stability.put("held", share(risk.held(), n));
        stability.put("firmness", risk.firmness().label());
        stability.set("levels", shares(risk.levels(), n));
        return node;
    }

    private static ObjectNode interval(Stability.Interval interval) {
        ObjectNode node = MAPPER.createObjectNode();
        node.put("min", interval.min());
        node.put("p5", interval.p5());
        node.put("p95", interval.p95());
        node.put("max", interval.max());
        return node;
    }

    /** Every priority, most urgent first, with the share of variants that held it. */
    private static ObjectNode shares(Map<String, Integer> counts, int n) {
        ObjectNode node = MAPPER.createObjectNode();
        for (String priority : List.of("CRITICAL", "HIGH", "MEDIUM", "LOW")) {
            node.put(priority, share(counts.getOrDefault(priority, 0), n));
        }
        return node;
    }

    private static double share(int count, int n) {
        return Math.round(10000.0 * count / n) / 10000.0;
    }
}
