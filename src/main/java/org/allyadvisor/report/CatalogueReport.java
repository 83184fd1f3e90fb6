package org.allyadvisor.report;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.util.List;
import org.allyadvisor.rules.RuleInfo;
import org.allyadvisor.rules.RuleSet;

/**
 * The catalogue of a rule set (what {@code ally-advisor rules} prints): each rule's id, category
 * (or risk), name, form, file and line, and passage, in catalogue-id order. As a terminal table, as
 * Markdown (the README's catalogue is this), or as JSON, schema {@code ally-advisor/rules/1}.
 */
public final class CatalogueReport {

    private CatalogueReport() {}

    /**
     * The rules listed, in catalogue-id order: the catalogued ones, or with {@code all} the
     * classification rules too, after them.
     */
    public static List<RuleInfo> listed(RuleSet rules, boolean all) {
        return (all ? rules.rules() : rules.catalogue())
                .stream().sorted(RuleInfo.CATALOGUE_ORDER).toList();
    }

    /** One block per rule: a line of id, area, form, place and name, then its passage indented. */
    public static String table(RuleSet rules, boolean all) {
        List<RuleInfo> listed = listed(rules, all);
        int idWidth = TableReport.width("ID", listed.stream().map(CatalogueReport::id));
        int areaWidth = TableReport.width("CATEGORY", listed.stream().map(CatalogueReport::area));
        int whereWidth =
                TableReport.width("FILE:LINE", listed.stream().map(CatalogueReport::where));
        String row = "%-" + idWidth + "s  %-" + areaWidth + "s  %-5s  %-" + whereWidth + "s  %s%n";
        StringBuilder text = new StringBuilder();
        text.append(String.format(row, "ID", "CATEGORY", "FORM", "FILE:LINE", "RULE"));
        for (RuleInfo rule : listed) {
            text.append(
                    String.format(
                            row, id(rule), area(rule), rule.form(), where(rule), rule.name()));
            if (!rule.passage().isBlank()) {
                text.append(" ".repeat(idWidth + 2))
                        .append('"')
                        .append(rule.passage())
                        .append("\"\n");
            }
        }
        long ids =
                listed.stream().filter(RuleInfo::isCatalogued).map(RuleInfo::id).distinct().count();
        text.append(ids)
                .append(" catalogue ids in ")
                .append(listed.size())
                .append(listed.size() == 1 ? " rule" : " rules")
                .append(" (")
                .append(rules.source())
                .append(")\n");
        return text.toString().replace("\r\n", "\n");
    }

    /** A Markdown table, one row per rule: the README's rule catalogue. */
    public static String markdown(RuleSet rules, boolean all) {
        StringBuilder text =
                new StringBuilder(
                        "| id | category | rule | form | file:line | passage |\n|---|---|---|---|---|---|\n");
        for (RuleInfo rule : listed(rules, all)) {
            text.append("| ")
                    .append(cell(id(rule)))
                    .append(" | ")
                    .append(cell(area(rule)))
                    .append(" | ")
                    .append(cell(rule.name()))
                    .append(" | ")
                    .append(rule.form())
                    .append(" | ")
                    .append(cell(where(rule)))
                    .append(" | ")
                    .append(rule.passage().isBlank() ? "" : "\"" + cell(rule.passage()) + "\"")
                    .append(" |\n");
        }
        return text.toString();
    }

    /**
     * JSON, schema {@code ally-advisor/rules/1}: the rule set's source and fingerprint, and every
     * rule listed.
     */
    public static String json(RuleSet rules, boolean all) {
        return JsonDocument.render(json -> json(rules, all, json));
    }

    private static void json(RuleSet rules, boolean all, JsonGenerator json) throws IOException {
        json.writeStartObject();
        json.writeStringField("schema", "ally-advisor/rules/1");
        json.writeStringField("source", rules.source());
        json.writeStringField("sha256", rules.sha256());
        json.writeArrayFieldStart("rules");
        for (RuleInfo rule : listed(rules, all)) {
            json.writeStartObject();
            json.writeStringField("id", rule.id().isEmpty() ? null : rule.id());
            json.writeStringField("category", blankAsNull(rule.category()));
            json.writeStringField("risk", blankAsNull(rule.risk()));
            json.writeStringField("name", rule.name());
            json.writeStringField("form", rule.form().name());
            json.writeStringField("file", rule.file());
            json.writeNumberField("line", rule.line());
            json.writeStringField("recommendation", blankAsNull(rule.recommendation()));
            json.writeStringField("section", blankAsNull(rule.section()));
            json.writeStringField("passage", blankAsNull(rule.passage()));
            json.writeArrayFieldStart("requires");
            for (String field : rule.requires()) {
                json.writeString(field);
            }
            json.writeEndArray();
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeEndObject();
    }

    private static String id(RuleInfo rule) {
        return rule.isCatalogued() ? rule.id() : "-";
    }

    /**
     * The category an action rule advises in, {@code risk KIND} for a risk rule, or {@code
     * classification}.
     */
    private static String area(RuleInfo rule) {
        if (!rule.category().isBlank()) {
            return rule.category();
        }
        return rule.risk().isBlank() ? "classification" : "risk " + rule.risk();
    }

    private static String where(RuleInfo rule) {
        return rule.file() + ":" + rule.line();
    }

    private static String blankAsNull(String text) {
        return text.isBlank() ? null : text;
    }

    /** Text safe in a Markdown table cell: a pipe would end the cell. */
    private static String cell(String text) {
        return text.replace("|", "\\|");
    }
}
