package org.allyadvisor.rules;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.drools.decisiontable.parser.csv.CsvLineParser;
import org.drools.decisiontable.parser.csv.CsvParser;
import org.drools.decisiontable.parser.xls.ExcelParser;
import org.drools.template.parser.DataListener;

/**
 * The cells of a decision table's first sheet, read by Drools' own CSV and Excel parsers (the ones
 * its compiler reads the sheet with), by 1-based row and column, for checks of the table's content
 * that the compiler does not make.
 */
final class TableCells {

    private final Map<Integer, Map<Integer, String>> rows;

    private TableCells(Map<Integer, Map<Integer, String>> rows) {
        this.rows = rows;
    }

    /**
     * The cells of a table that compiled (a table that did not compile was reported when it was
     * loaded).
     */
    static TableCells of(RuleFile table) {
        Grid grid = new Grid();
        if (table.kind() == RuleFile.Kind.CSV_TABLE) {
            new CsvParser(grid, new CsvLineParser())
                    .parseFile(new ByteArrayInputStream(table.bytes()));
        } else {
            new ExcelParser(grid).parseFile(new ByteArrayInputStream(table.bytes()));
        }
        return new TableCells(grid.rows);
    }

    /** The text of a cell, stripped; empty when the cell is. */
    String at(int row, int column) {
        return rows.getOrDefault(row, Map.of()).getOrDefault(column, "").strip();
    }

    /** The rows that hold any cell, in order. */
    List<Integer> rows() {
        return new ArrayList<>(rows.keySet());
    }

    /**
     * Where each rule table starts: the row and column of each {@code RuleTable ...} cell, whose
     * next row holds the column keywords (CONDITION, ACTION, ...).
     */
    List<int[]> ruleTables() {
        List<int[]> tables = new ArrayList<>();
        rows.forEach(
                (row, cells) ->
                        cells.forEach(
                                (column, text) -> {
                                    if (text.strip()
                                            .toLowerCase(java.util.Locale.ROOT)
                                            .startsWith("ruletable")) {
                                        tables.add(new int[] {row, column});
                                    }
                                }));
        return tables;
    }

    /** The highest column of a row that holds a cell, 0 for an empty row. */
    int lastColumn(int row) {
        Map<Integer, String> cells = rows.getOrDefault(row, Map.of());
        return cells.isEmpty() ? 0 : ((TreeMap<Integer, String>) cells).lastKey();
    }

    private static final class Grid implements DataListener {
        private final Map<Integer, Map<Integer, String>> rows = new TreeMap<>();
        private boolean firstSheet = true;
        private boolean reading;

        @Override
        public void startSheet(String name) {
            reading = firstSheet;
            firstSheet = false;
        }

        @Override
        public void finishSheet() {
            reading = false;
        }

        @Override
        public void newRow(int row, int columns) {}

        @Override
        public void newCell(int row, int column, String value, int mergedColStart) {
            if (reading && value != null && !value.isBlank()) {
                rows.computeIfAbsent(row + 1, r -> new TreeMap<>()).put(column + 1, value);
            }
        }
    }
}
