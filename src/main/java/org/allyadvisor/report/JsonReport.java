package org.allyadvisor.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;

import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.allyadvisor.results.Action;
import org.allyadvisor.results.AllyAssessment;
import org.allyadvisor.results.Assessment;
import org.allyadvisor.results.Coalition;
import org.allyadvisor.results.DataGap;
import org.allyadvisor.results.Evidence;
import org.allyadvisor.results.PortfolioEntry;
import org.allyadvisor.results.Risk;
import org.allyadvisor.results.RuleRef;
import org.allyadvisor.results.Source;

/**
 * The assessment as JSON, schema {@code ally-advisor/assessment/1} (SPEC §5). Fields are written
 * in a fixed order and lines end in {@code \n} on every platform, so the same assessment gives
 * the same bytes.
 */
public final class JsonReport {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final DefaultPrettyPrinter PRINTER = new DefaultPrettyPrinter(
            Separators.createDefaultInstance().withObjectFieldValueSpacing(Separators.Spacing.AFTER)
                    .withObjectEmptySeparator("").withArrayEmptySeparator(""))
            .withObjectIndenter(new DefaultIndenter("  ", "\n"))
            .withArrayIndenter(new DefaultIndenter("  ", "\n"));

    private JsonReport() {
    }

    public static String render(Assessment assessment) {
        try {
            return MAPPER.writer(PRINTER).writeValueAsString(tree(assessment)) + "\n";
        } catch (IOException e) {
            throw new UncheckedIOException("an assessment tree is always writable", e);
        }
    }

    /** The JSON tree, for tools that post-process it. */
    public static ObjectNode tree(Assessment assessment) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("schema", Assessment.SCHEMA);
        ObjectNode factSet = root.putObject("factSet");
        factSet.put("title", assessment.factSet().title());
        factSet.put("asOf", assessment.factSet().asOf() == null ? null : assessment.factSet().asOf().toString());
        factSet.put("usSupportLevel", assessment.factSet().usSupportLevel().name());
        ObjectNode rules = root.putObject("rules");
        rules.put("source", assessment.rules().source());
        rules.put("sha256", assessment.rules().sha256());
        ArrayNode allies = root.putArray("allies");
        assessment.allies().forEach(a -> allies.add(ally(a)));
        ArrayNode coalitions = root.putArray("coalitions");
        assessment.coalitions().forEach(c -> coalitions.add(coalition(c)));
        ArrayNode portfolio = root.putArray("portfolio");
        assessment.portfolio().forEach(p -> portfolio.add(portfolioEntry(p)));
        return root;
    }

    private static ObjectNode ally(AllyAssessment ally) {
        ObjectNode node = MAPPER.createObjectNode();
        node.put("id", ally.id());
        node.put("name", ally.name());
        node.put("region", ally.region());
        ArrayNode actions = node.putArray("actions");
        ally.actions().forEach(a -> actions.add(action(a)));
        ArrayNode risks = node.putArray("risks");
        ally.risks().forEach(r -> risks.add(risk(r)));
        ArrayNode gaps = node.putArray("dataGaps");
        ally.dataGaps().forEach(g -> gaps.add(dataGap(g)));
        return node;
    }

    private static ObjectNode action(Action action) {
        ObjectNode node = MAPPER.createObjectNode();
        node.put("rank", action.rank());
        node.put("id", action.id());
        ArrayNode ids = node.putArray("ruleIds");
        action.ruleIds().forEach(ids::add);
        node.put("category", action.category().name());
        node.put("priority", action.priority().name());
        node.put("score", action.score());
        node.put("title", action.title());
        node.put("rationale", action.rationale());
        node.set("evidence", evidence(action.evidence()));
        node.set("source", source(action.source()));
        node.set("rule", rule(action.rule()));
        return node;
    }

    private static ObjectNode risk(Risk risk) {
        ObjectNode node = MAPPER.createObjectNode();
        node.put("ruleId", risk.ruleId());
        node.put("kind", risk.kind().name());
        node.put("level", risk.level().name());
        node.put("score", risk.score());
        node.put("rationale", risk.rationale());
        node.set("evidence", evidence(risk.evidence()));
        node.set("source", source(risk.source()));
        node.set("rule", rule(risk.rule()));
        return node;
    }

    private static ObjectNode dataGap(DataGap gap) {
        ObjectNode node = MAPPER.createObjectNode();
        node.put("field", gap.field());
        ArrayNode rules = node.putArray("rules");
        gap.rules().forEach(rules::add);
        return node;
    }

    private static ObjectNode coalition(Coalition coalition) {
        ObjectNode node = MAPPER.createObjectNode();
        node.put("ruleId", coalition.ruleId());
        node.put("region", coalition.region());
        node.put("capability", coalition.capability());
        ArrayNode members = node.putArray("members");
        coalition.members().forEach(members::add);
        node.put("rationale", coalition.rationale());
        node.set("evidence", evidence(coalition.evidence()));
        node.set("rule", rule(coalition.rule()));
        return node;
    }

    private static ObjectNode portfolioEntry(PortfolioEntry entry) {
        ObjectNode node = MAPPER.createObjectNode();
        node.put("ally", entry.ally());
        node.put("actionId", entry.actionId());
        node.put("priority", entry.priority().name());
        node.put("score", entry.score());
        return node;
    }

    private static ObjectNode evidence(Evidence evidence) {
        ObjectNode node = MAPPER.createObjectNode();
        for (Map.Entry<String, Object> value : evidence.values().entrySet()) {
            node.set(value.getKey(), MAPPER.valueToTree(value.getValue()));
        }
        return node;
    }

    private static ObjectNode source(Source source) {
        ObjectNode node = MAPPER.createObjectNode();
        node.put("recommendation", source.recommendation());
        node.put("section", source.section());
        node.put("passage", source.passage());
        return node;
    }

    private static ObjectNode rule(RuleRef rule) {
        ObjectNode node = MAPPER.createObjectNode();
        node.put("name", rule.name());
        node.put("file", rule.file());
        node.put("line", rule.line());
        return node;
    }
}
