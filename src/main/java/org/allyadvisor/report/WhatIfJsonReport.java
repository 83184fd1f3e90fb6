package org.allyadvisor.report;

import static org.allyadvisor.report.JsonDocument.MAPPER;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.math.RoundingMode;
import org.allyadvisor.results.Action;
import org.allyadvisor.results.Assessment;
import org.allyadvisor.whatif.ActionChange;
import org.allyadvisor.whatif.AllyDifference;
import org.allyadvisor.whatif.Comparison;
import org.allyadvisor.whatif.RiskChange;
import org.allyadvisor.whatif.RuleSetDifference;
import org.allyadvisor.whatif.WhatIfResult;

/**
 * A what-if as JSON, schema {@code ally-advisor/whatif/1}: the baseline, how the rule sets differ
 * (null when both sides run the same rules), and per variant the allies it changes with their
 * actions and risks before and after. Fields in a fixed order, lines ending in {@code \n}, scores
 * to one decimal as every report shows them: the same comparison gives the same bytes.
 */
public final class WhatIfJsonReport {

    private WhatIfJsonReport() {}

    public static String render(WhatIfResult result) {
        return JsonDocument.render(tree(result));
    }

    public static ObjectNode tree(WhatIfResult result) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("schema", WhatIfResult.SCHEMA);
        root.put("title", result.title());
        root.set("baseline", side(result.baseline()));
        root.set("rulesCompared", result.rules() == null ? null : rules(result.rules()));
        ArrayNode variants = root.putArray("variants");
        result.comparisons().forEach(c -> variants.add(variant(c)));
        return root;
    }

    private static ObjectNode side(Assessment assessment) {
        ObjectNode side = MAPPER.createObjectNode();
        Assessment.FactSetSummary facts = assessment.factSet();
        side.put("factSet", facts.title());
        side.put("asOf", facts.asOf() == null ? null : facts.asOf().toString());
        side.put("usSupportLevel", facts.usSupportLevel().name());
        side.put("rules", assessment.rules().source());
        side.put("sha256", assessment.rules().sha256());
        return side;
    }

    private static ObjectNode rules(RuleSetDifference difference) {
        ObjectNode rules = MAPPER.createObjectNode();
        rules.put("before", difference.before());
        rules.put("after", difference.after());
        ArrayNode changed = rules.putArray("rules");
        for (RuleSetDifference.RuleChange rule : difference.rules()) {
            ObjectNode node = changed.addObject();
            node.put("id", rule.id());
            node.put(
                    "change",
                    switch (rule.change()) {
                        case GAINED -> "added";
                        case LOST -> "removed";
                        case CHANGED -> "changed";
                    });
            rule.what().forEach(node.putArray("what")::add);
        }
        ArrayNode thresholds = rules.putArray("thresholds");
        for (RuleSetDifference.ThresholdChange threshold : difference.thresholds()) {
            ObjectNode node = thresholds.addObject();
            node.put("path", threshold.path());
            node.put("before", threshold.before());
            node.put("after", threshold.after());
        }
        return rules;
    }

    private static ObjectNode variant(Comparison comparison) {
        ObjectNode variant = MAPPER.createObjectNode();
        variant.put("name", comparison.variant().name());
        comparison.variant().changes().forEach(variant.putArray("changes")::add);
        variant.set("assessed", side(comparison.after()));
        variant.put("alliesChanged", comparison.changed().size());
        variant.put("alliesUnchanged", comparison.unchanged());
        ArrayNode allies = variant.putArray("allies");
        comparison.changed().forEach(a -> allies.add(ally(a)));
        return variant;
    }

    private static ObjectNode ally(AllyDifference difference) {
        ObjectNode ally = MAPPER.createObjectNode();
        ally.put("id", difference.id());
        ally.put("name", difference.name());
        ally.put("summary", difference.summary());
        ally.put("scoreBefore", score(difference.scoreBefore()));
        ally.put("scoreAfter", score(difference.scoreAfter()));
        ArrayNode actions = ally.putArray("actions");
        for (ActionChange change : difference.actions()) {
            ObjectNode node = actions.addObject();
            node.put("change", WhatIfText.change(change.change()));
            node.put("actionId", change.actionId());
            change.action().ruleIds().forEach(node.putArray("ruleIds")::add);
            node.put("title", change.action().title());
            node.set("before", action(change.before()));
            node.set("after", action(change.after()));
        }
        ArrayNode risks = ally.putArray("risks");
        for (RiskChange change : difference.risks()) {
            ObjectNode node = risks.addObject();
            node.put("change", WhatIfText.change(change.change()));
            node.put("ruleId", change.risk().ruleId());
            node.put("kind", change.risk().kind().name());
            node.put("before", change.before() == null ? null : change.before().level().name());
            node.put("after", change.after() == null ? null : change.after().level().name());
        }
        return ally;
    }

    private static ObjectNode action(Action action) {
        if (action == null) {
            return null;
        }
        ObjectNode node = MAPPER.createObjectNode();
        node.put("rank", action.rank());
        node.put("priority", action.priority().name());
        node.put("score", score(action.score()));
        return node;
    }

    private static BigDecimal score(Double score) {
        return score == null ? null : BigDecimal.valueOf(score).setScale(1, RoundingMode.HALF_UP);
    }
}
