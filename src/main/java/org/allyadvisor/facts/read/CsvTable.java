package org.allyadvisor.facts.read;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.csv.CsvFactory;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A CSV file as a header and rows of located cells, read with Jackson's CsvParser. Columns are
 * numbered from 1 as a spreadsheet user counts them; lines are the file's lines.
 */
record CsvTable(List<Node.Scalar> header, List<Row> rows) {

    private static final CsvFactory CSV = new CsvFactory();

    /** @param cells the row's cells, each a {@link Node.Kind#CELL} scalar */
    record Row(int line, List<Node.Scalar> cells) {
    }

    /** The table, or empty when the file is empty or malformed (reported). */
    static Optional<CsvTable> parse(String text, Problems problems) {
        List<Row> rows = new ArrayList<>();
        try (CsvParser parser = (CsvParser) CSV.createParser(text)) {
            parser.enable(CsvParser.Feature.WRAP_AS_ARRAY);
            parser.enable(CsvParser.Feature.SKIP_EMPTY_LINES);
            parser.setSchema(CsvSchema.emptySchema().withComments());
            List<Node.Scalar> cells = null;
            for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
                if (token == JsonToken.START_ARRAY && parser.getParsingContext().getParent() != null
                        && parser.getParsingContext().getParent().inArray()) {
                    cells = new ArrayList<>();
                } else if (token == JsonToken.VALUE_STRING && cells != null) {
                    JsonLocation at = parser.currentTokenLocation();
                    cells.add(Node.Scalar.cell(parser.getText().strip(), at.getLineNr(), cells.size() + 1));
                } else if (token == JsonToken.END_ARRAY && cells != null) {
                    // spreadsheets export rows of bare commas for empty lines: they say nothing
                    if (cells.stream().anyMatch(c -> !c.text().isEmpty())) {
                        rows.add(new Row(cells.get(0).line(), cells));
                    }
                    cells = null;
                }
            }
        } catch (JacksonException e) {
            JsonLocation at = e.getLocation();
            problems.at(at == null ? 1 : Math.max(1, at.getLineNr()), at == null ? null : Math.max(1, at.getColumnNr()),
                    "syntax", TreeParser.firstLine(String.valueOf(e.getOriginalMessage())));
            return Optional.empty();
        } catch (IOException | RuntimeException e) {
            problems.at(1, null, "syntax", TreeParser.firstLine(String.valueOf(e.getMessage())));
            return Optional.empty();
        }
        if (rows.isEmpty()) {
            problems.whole("empty fact file");
            return Optional.empty();
        }
        return Optional.of(new CsvTable(rows.get(0).cells(), rows.subList(1, rows.size())));
    }
}
