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
import java.util.regex.Pattern;

/**
 * A CSV file as a header and rows of located cells, read with Jackson's CsvParser. Columns are
 * numbered from 1 as a spreadsheet user counts them; lines are the file's lines.
 */
record CsvTable(List<Node.Scalar> header, List<Row> rows) {

    private static final CsvFactory CSV = new CsvFactory();

    /** What Excel, LibreOffice and Google Sheets write in a cell whose formula failed. */
    private static final Pattern SPREADSHEET_ERROR =
            Pattern.compile(
                    "#(N/A|REF!|VALUE!|DIV/0!|NAME\\?|NUM!|NULL!|SPILL!|CALC!|GETTING_DATA|ERROR!)",
                    Pattern.CASE_INSENSITIVE);

    /**
     * @param cells the row's cells, each a {@link Node.Kind#CELL} scalar
     */
    record Row(int line, List<Node.Scalar> cells) {}

    /** The table, or empty when the file is empty or malformed (reported). */
    static Optional<CsvTable> parse(String text, Problems problems) {
        List<Row> rows = new ArrayList<>();
        try (CsvParser parser = CSV.createParser(text)) {
            parser.enable(CsvParser.Feature.WRAP_AS_ARRAY);
            parser.enable(CsvParser.Feature.SKIP_EMPTY_LINES);
            // no comment lines: a spreadsheet cell "#N/A" at the start of a row is data gone wrong,
            // not a comment
            parser.setSchema(CsvSchema.emptySchema().withoutComments());
            List<Node.Scalar> cells = null;
            for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
                if (token == JsonToken.START_ARRAY
                        && parser.getParsingContext().getParent() != null
                        && parser.getParsingContext().getParent().inArray()) {
                    cells = new ArrayList<>();
                } else if (token == JsonToken.VALUE_STRING && cells != null) {
                    JsonLocation at = parser.currentTokenLocation();
                    Node.Scalar cell =
                            Node.Scalar.cell(
                                    parser.getText().strip(), at.getLineNr(), cells.size() + 1);
                    if (SPREADSHEET_ERROR.matcher(cell.text()).matches()) {
                        problems.at(
                                cell,
                                "",
                                "the cell holds the spreadsheet error "
                                        + cell.text()
                                        + "; fix the formula or clear the cell");
                        problems.silence(
                                cell); // one problem for the cell, not a second about its value
                    }
                    cells.add(cell);
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
            int[] opened =
                    String.valueOf(e.getOriginalMessage()).contains("closing quote")
                            ? unclosedQuote(text)
                            : null;
            if (opened != null) {
                problems.at(
                        opened[0],
                        opened[1],
                        "syntax",
                        "a quote opens a value here and is never closed");
            } else {
                problems.at(
                        at == null ? 1 : Math.max(1, at.getLineNr()),
                        at == null ? null : Math.max(1, at.getColumnNr()),
                        "syntax",
                        TreeParser.firstLine(String.valueOf(e.getOriginalMessage())));
            }
            return Optional.empty();
        } catch (IOException | RuntimeException e) {
            problems.at(1, null, "syntax", TreeParser.firstLine(String.valueOf(e.getMessage())));
            return Optional.empty();
        }
        if (rows.isEmpty()) {
            problems.whole("empty fact file");
            return Optional.empty();
        }
        Optional<String> separator = otherSeparator(rows.get(0).cells());
        if (separator.isPresent()) {
            problems.at(
                    rows.get(0).line(),
                    1,
                    "syntax",
                    "the columns are separated by "
                            + separator.get()
                            + ", not by commas; save the table as comma-separated CSV"
                            + " (a list inside a cell keeps its ';')");
            return Optional.empty();
        }
        return Optional.of(new CsvTable(rows.get(0).cells(), rows.subList(1, rows.size())));
    }

    /**
     * How the columns are separated when a header of one cell holds several names: by ';' (what a
     * spreadsheet saves as "CSV" where the decimal mark is a comma) or by tabs. Read as commas, the
     * whole header would be one unknown column, and every required column missing.
     */
    private static Optional<String> otherSeparator(List<Node.Scalar> header) {
        if (header.size() != 1) {
            return Optional.empty();
        }
        String only = header.get(0).text();
        if (only.contains(";")) {
            return Optional.of("';'");
        }
        return only.contains("\t") ? Optional.of("tabs") : Optional.empty();
    }

    /**
     * Where the quote that is never closed opens, as {line, column}, or null when none is found. A
     * quote opens a value at the start of a field; inside one, a doubled quote is a quote
     * character.
     */
    static int[] unclosedQuote(String text) {
        int line = 1;
        int column = 0;
        boolean quoted = false;
        boolean fieldStart = true;
        int[] opened = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            column++;
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    i++;
                    column++;
                } else if (c == '"') {
                    quoted = false;
                }
            } else if (c == '"' && fieldStart) {
                quoted = true;
                opened = new int[] {line, column};
            }
            if (!quoted || c == '\n') {
                fieldStart = c == ',' || c == '\n';
            }
            if (c == '\n') {
                line++;
                column = 0;
            }
        }
        return quoted ? opened : null;
    }
}
