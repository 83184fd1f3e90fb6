package org.allyadvisor.report;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SequenceWriter;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.io.Writer;
import java.util.List;
import org.allyadvisor.whatif.ActionChange;
import org.allyadvisor.whatif.AllyDifference;
import org.allyadvisor.whatif.Comparison;
import org.allyadvisor.whatif.WhatIfResult;

/**
 * A what-if as a spreadsheet: one row per changed action (variant, ally, action id, change, before,
 * after), written as the assessment's CSV is: a byte-order mark for Excel, cells that a spreadsheet
 * would run as a formula defused.
 */
public final class WhatIfCsvReport {

    private static final CsvSchema COLUMNS =
            CsvSchema.builder()
                    .addColumn("variant")
                    .addColumn("ally")
                    .addColumn("actionId")
                    .addColumn("ruleIds")
                    .addColumn("change")
                    .addColumn("before")
                    .addColumn("after")
                    .addColumn("title")
                    .build()
                    .withHeader()
                    .withLineSeparator("\r\n");
    private static final CsvMapper MAPPER =
            CsvMapper.builder().disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET).build();

    private WhatIfCsvReport() {}

    public static void write(WhatIfResult result, Writer out) throws IOException {
        out.write(CsvReport.BYTE_ORDER_MARK);
        try (SequenceWriter rows = MAPPER.writer(COLUMNS).writeValues(out)) {
            for (Comparison comparison : result.comparisons()) {
                for (AllyDifference ally : comparison.changed()) {
                    for (ActionChange change : ally.actions()) {
                        rows.write(
                                List.of(
                                        CsvReport.safe(comparison.variant().name()),
                                        CsvReport.safe(ally.id()),
                                        CsvReport.safe(change.actionId()),
                                        CsvReport.safe(change.label()),
                                        WhatIfText.change(change.change()),
                                        WhatIfText.side(change.before()),
                                        WhatIfText.side(change.after()),
                                        CsvReport.safe(change.action().title())));
                    }
                }
            }
        }
        out.flush();
    }
}
