package org.allyadvisor.report;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SequenceWriter;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.allyadvisor.results.Action;
import org.allyadvisor.results.AllyAssessment;
import org.allyadvisor.results.Assessment;
import org.allyadvisor.text.Numbers;

/**
 * The actions as a spreadsheet: one row per action, for filtering and pivoting. Starts with a
 * byte-order mark so that Excel reads it as UTF-8 (without one it takes the system code page and
 * garbles "Türkiye"), and defuses cells a spreadsheet would run as a formula.
 */
public final class CsvReport {

    static final String BYTE_ORDER_MARK = "\uFEFF";
    private static final CsvSchema COLUMNS =
            CsvSchema.builder()
                    .addColumn("ally")
                    .addColumn("allyName")
                    .addColumn("region")
                    .addColumn("rank")
                    .addColumn("priority")
                    .addColumn("score")
                    .addColumn("category")
                    .addColumn("ruleIds")
                    .addColumn("title")
                    .addColumn("evidence")
                    .addColumn("judged")
                    .addColumn("actionId")
                    .build()
                    .withHeader()
                    .withLineSeparator("\r\n");
    private static final CsvMapper MAPPER =
            CsvMapper.builder().disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET).build();

    /**
     * What Excel, LibreOffice and Google Sheets start a formula with (OWASP's CSV injection list).
     */
    private static final Pattern FORMULA = Pattern.compile("^[=+\\-@\\t\\r].*", Pattern.DOTALL);

    private static final Pattern NUMBER = Pattern.compile("^[+-]?\\d+(\\.\\d+)?$");

    private CsvReport() {}

    /** Written ally by ally: a large fact set's rows are never held whole. */
    public static void write(Assessment assessment, Writer out) throws IOException {
        out.write(BYTE_ORDER_MARK);
        try (SequenceWriter rows = MAPPER.writer(COLUMNS).writeValues(out)) {
            for (AllyAssessment ally : assessment.allies()) {
                for (Action action : ally.actions()) {
                    rows.write(row(ally, action));
                }
            }
        }
        out.flush();
    }

    private static List<String> row(AllyAssessment ally, Action action) {
        List<String> evidence = new ArrayList<>();
        action.evidence()
                .values()
                .forEach(
                        (name, value) ->
                                evidence.add(
                                        name
                                                + "="
                                                + (value instanceof Number number
                                                        ? Numbers.plain(number.doubleValue())
                                                        : value)));
        return List.of(
                safe(ally.id()),
                safe(ally.name()),
                safe(ally.region()),
                Integer.toString(action.rank()),
                action.priority().name(),
                String.format(Locale.ROOT, "%.1f", action.score()),
                action.category().name(),
                safe(String.join(";", action.ruleIds())),
                safe(action.title()),
                safe(String.join("; ", evidence)),
                String.join(";", action.evidence().judgements()),
                safe(action.id()));
    }

    /**
     * Text a spreadsheet would take for a formula, made to read as text; numbers are left alone.
     */
    static String safe(String text) {
        return FORMULA.matcher(text).matches() && !NUMBER.matcher(text).matches()
                ? "'" + text
                : text;
    }
}
