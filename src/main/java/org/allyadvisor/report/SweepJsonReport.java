package org.allyadvisor.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.allyadvisor.sweep.AllySweep;
import org.allyadvisor.sweep.Flip;
import org.allyadvisor.sweep.ItemSweep;
import org.allyadvisor.sweep.Range;
import org.allyadvisor.sweep.SweepResult;
import org.allyadvisor.sweep.Tornado;
import org.allyadvisor.sweep.TornadoRow;

/**
 * A sweep as JSON: schema {@code ally-advisor/sweep/1} for the flips of one threshold or fact,
 * {@code ally-advisor/sensitivity/1} for the thresholds ranked. Numbers as decimals written exactly
 * (a flip's value, the range), fields in a fixed order: the same sweep gives the same bytes.
 */
public final class SweepJsonReport {

    private SweepJsonReport() {}

    public static String render(SweepResult result) {
        ObjectNode root = JsonDocument.open(SweepResult.SCHEMA, result.factSet(), result.rules());
        ObjectNode swept = root.putObject("swept");
        swept.put("kind", result.swept().kind().name().toLowerCase(java.util.Locale.ROOT));
        swept.put("name", result.swept().name());
        swept.put("now", result.swept().now());
        swept.put("wholeNumbers", result.swept().whole());
        swept.put("note", result.swept().note().isEmpty() ? null : result.swept().note());
        range(root.putObject("range"), result.range());
        root.put("rangeBasis", result.rangeBasis());
        root.put("precision", result.precision());
        root.put("assessments", result.assessments());
        ArrayNode allies = root.putArray("allies");
        for (AllySweep ally : result.allies()) {
            ObjectNode a = allies.addObject();
            a.put("id", ally.id());
            a.put("name", ally.name());
            ArrayNode items = a.putArray("advice");
            for (ItemSweep item : ally.items()) {
                ObjectNode i = items.addObject();
                i.put("key", item.item().key());
                i.put("kind", item.item().isRisk() ? "risk" : "action");
                ArrayNode rules = i.putArray("ruleIds");
                item.item().ruleIds().forEach(rules::add);
                i.put("title", item.item().title());
                i.put("now", item.now() == null ? null : item.now().name());
                i.put("numberLine", SweepWords.numberLine(item));
                i.put("reading", SweepWords.reading(item, result.swept()));
                ArrayNode flips = i.putArray("flips");
                for (Flip flip : item.flips()) {
                    ObjectNode f = flips.addObject();
                    f.put("at", flip.at());
                    f.put("inclusive", flip.inclusive());
                    f.put("exact", flip.exact());
                    f.put("below", flip.below() == null ? null : flip.below().name());
                    f.put("above", flip.above() == null ? null : flip.above().name());
                    f.put("change", flip.change());
                }
            }
        }
        root.put("flips", result.flips());
        root.put("alliesUnchanged", result.unchanged());
        return JsonDocument.render(root);
    }

    public static String render(Tornado tornado) {
        ObjectNode root = JsonDocument.open(Tornado.SCHEMA, tornado.factSet(), tornado.rules());
        root.put("window", tornado.window());
        root.put("assessments", tornado.assessments());
        ArrayNode rows = root.putArray("thresholds");
        int rank = 0;
        for (TornadoRow row : tornado.rows()) {
            ObjectNode r = rows.addObject();
            r.put("rank", ++rank);
            r.put("threshold", row.threshold());
            r.put("now", row.now());
            range(r.putObject("window"), row.window());
            r.put("allies", row.allies());
            r.put("flips", row.flips());
            ArrayNode below = r.putArray("alliesBelow");
            row.alliesBelow().forEach(below::add);
            ArrayNode above = r.putArray("alliesAbove");
            row.alliesAbove().forEach(above::add);
        }
        return JsonDocument.render(root);
    }

    private static void range(ObjectNode node, Range range) {
        node.put("lo", range.lo().stripTrailingZeros());
        node.put("hi", range.hi().stripTrailingZeros());
    }
}
