package org.allyadvisor.report;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.util.Locale;
import org.allyadvisor.trace.Passage;
import org.allyadvisor.trace.PassageTrace;
import org.allyadvisor.trace.Raised;
import org.allyadvisor.trace.Trace;
import org.allyadvisor.trace.TracedRule;

/**
 * The traceability matrix as JSON, schema {@code ally-advisor/trace/1}: every passage with the
 * rules that encode it and what each raised; the passages no rule encodes by place; the rules whose
 * passage is not in the source. The same input gives the same bytes.
 */
public final class TraceJsonReport {

    private TraceJsonReport() {}

    public static String render(Trace trace) {
        return JsonDocument.render(json -> body(trace, json));
    }

    private static void body(Trace trace, JsonGenerator json) throws IOException {
        JsonDocument.open(
                json,
                Trace.SCHEMA,
                JsonDocument.factSet(trace.factSet()),
                JsonDocument.rules(trace.ruleSet()));
        json.writeArrayFieldStart("documents");
        for (String document : trace.documents()) {
            json.writeString(document);
        }
        json.writeEndArray();
        summary(trace, json);
        json.writeArrayFieldStart("passages");
        for (PassageTrace row : trace.passages()) {
            passage(row, json);
        }
        json.writeEndArray();
        json.writeArrayFieldStart("notEncoded");
        for (PassageTrace gap : trace.gaps()) {
            json.writeString(gap.passage().where());
        }
        json.writeEndArray();
        json.writeArrayFieldStart("notInSource");
        for (TracedRule rule : trace.notInSource()) {
            json.writeStartObject();
            rule(rule, json);
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeEndObject();
    }

    private static void summary(Trace trace, JsonGenerator json) throws IOException {
        json.writeObjectFieldStart("summary");
        json.writeNumberField("passages", trace.statements().size());
        json.writeNumberField(
                "encoded", trace.statements().stream().filter(PassageTrace::isEncoded).count());
        json.writeNumberField("notEncoded", trace.gaps().size());
        json.writeNumberField("rules", trace.rules().size());
        json.writeNumberField("notInSource", trace.notInSource().size());
        json.writeEndObject();
    }

    private static void passage(PassageTrace row, JsonGenerator json) throws IOException {
        Passage passage = row.passage();
        json.writeStartObject();
        json.writeStringField("file", passage.file());
        json.writeNumberField("line", passage.line());
        json.writeNumberField("column", passage.column());
        json.writeStringField("kind", camel(passage.kind().name()));
        json.writeStringField("section", passage.section());
        json.writeStringField("text", passage.text());
        json.writeArrayFieldStart("rules");
        for (PassageTrace.Encoding encoding : row.rules()) {
            json.writeStartObject();
            rule(encoding.rule(), json);
            json.writeStringField("quotes", encoding.coverage().name().toLowerCase(Locale.ROOT));
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeArrayFieldStart("allies");
        for (String ally : row.raised().allies()) {
            json.writeString(ally);
        }
        json.writeEndArray();
        json.writeEndObject();
    }

    private static void rule(TracedRule rule, JsonGenerator json) throws IOException {
        json.writeStringField("id", rule.id());
        json.writeStringField("name", rule.name());
        json.writeStringField("category", rule.category().isBlank() ? null : rule.category());
        json.writeStringField("risk", rule.risk().isBlank() ? null : rule.risk());
        json.writeStringField("form", rule.form().name());
        json.writeStringField("file", rule.file());
        json.writeNumberField("line", rule.line());
        json.writeStringField("passage", rule.quote());
        raised(rule.raised(), json);
        json.writeArrayFieldStart("blockedByDataGaps");
        for (String ally : rule.blocked()) {
            json.writeString(ally);
        }
        json.writeEndArray();
    }

    private static void raised(Raised raised, JsonGenerator json) throws IOException {
        json.writeArrayFieldStart("actions");
        for (Raised.RaisedAction action : raised.actions()) {
            json.writeStartObject();
            json.writeStringField("ally", action.ally());
            json.writeStringField("id", action.id());
            json.writeStringField("priority", action.priority().name());
            json.writeNumberField("rank", action.rank());
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeArrayFieldStart("risks");
        for (Raised.RaisedRisk risk : raised.risks()) {
            json.writeStartObject();
            json.writeStringField("ally", risk.ally());
            json.writeStringField("kind", risk.kind().name());
            json.writeStringField("level", risk.level().name());
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeArrayFieldStart("coalitions");
        for (Raised.RaisedCoalition coalition : raised.coalitions()) {
            json.writeStartObject();
            json.writeStringField("region", coalition.region());
            json.writeStringField("capability", coalition.capability());
            json.writeArrayFieldStart("members");
            for (String member : coalition.members()) {
                json.writeString(member);
            }
            json.writeEndArray();
            json.writeEndObject();
        }
        json.writeEndArray();
    }

    /**
     * {@code LIST_ITEM} as {@code listItem}, as the assessment's JSON spells enum values in keys.
     */
    private static String camel(String name) {
        String[] words = name.toLowerCase(Locale.ROOT).split("_");
        StringBuilder camel = new StringBuilder(words[0]);
        for (int i = 1; i < words.length; i++) {
            camel.append(Character.toUpperCase(words[i].charAt(0))).append(words[i].substring(1));
        }
        return camel.toString();
    }
}
