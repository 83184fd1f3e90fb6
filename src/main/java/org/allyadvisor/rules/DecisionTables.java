package org.allyadvisor.rules;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.drools.decisiontable.InputType;
import org.drools.decisiontable.SpreadsheetCompiler;
import org.drools.decisiontable.parser.ActionType;
import org.drools.template.parser.DecisionTableParseException;

/**
 * Turns a decision table (CSV or XLSX) into DRL with Drools' own spreadsheet compiler, laid out so
 * that the rule of sheet row N is written on line N: Drools then reports every problem of a row,
 * and every rule's {@code rule "..."} line, at that row, and no line needs translating back.
 * (Drools' own DRL puts each rule on some fifteen lines of its own.)
 */
final class DecisionTables {

    /**
     * Drools marks each generated rule with the cell its values start at: {@code // rule values at
     * A10, header at A5}.
     */
    private static final Pattern ROW_MARK = Pattern.compile("^\\s*// rule values at [A-Z]+(\\d+)");

    /** A cell as Drools names it in a parse error ({@code cell B6}, {@code at A7}). */
    private static final Pattern CELL =
            Pattern.compile("\\b(?:cell|at|in) \\$?([A-Z]{1,3})\\$?(\\d+)\\b");

    private static final String BYTE_ORDER_MARK = "\uFEFF";
    private static final java.util.Set<String> MAIN_KEYWORDS =
            java.util.Set.of(
                    "CONDITION",
                    "ACTION",
                    "METADATA",
                    "NAME",
                    "DESCRIPTION",
                    "PRIORITY",
                    "SALIENCE");

    private DecisionTables() {}

    /**
     * The table as DRL with each rule on the line of its sheet row, or what is wrong with the
     * sheet.
     */
    static String toDrl(RuleFile table) throws RuleSetException {
        String drl;
        try {
            drl =
                    table.kind() == RuleFile.Kind.CSV_TABLE
                            ? new SpreadsheetCompiler()
                                    .compile(
                                            new ByteArrayInputStream(csvBytes(table)),
                                            InputType.CSV)
                            : new SpreadsheetCompiler()
                                    .compile(
                                            new ByteArrayInputStream(table.bytes()), InputType.XLS);
        } catch (DecisionTableParseException e) {
            throw new RuleSetException(
                    table.kind() == RuleFile.Kind.XLSX_TABLE && e.getCause() != null
                            ? unreadableWorkbook(table, e)
                            : located(table, e));
        } catch (RuntimeException e) {
            throw new RuleSetException(unreadableWorkbook(table, e));
        }
        List<RuleProblem> unknown = unknownKeywords(table);
        if (!unknown.isEmpty()) {
            throw new RuleSetException(unknown);
        }
        return alignedToRows(drl);
    }

    /**
     * POI's complaint about a file that is no workbook (a renamed CSV, a truncated download), said
     * once.
     */
    private static RuleProblem unreadableWorkbook(RuleFile table, RuntimeException e) {
        return new RuleProblem(
                table.path(),
                0,
                0,
                "not a readable XLSX workbook (damaged, or another kind of file"
                        + " saved as .xlsx): "
                        + firstLine(innermost(e)));
    }

    /**
     * A column keyword Drools does not know ({@code CONDITON}) makes Drools leave the column out
     * without a word, and the rows then match more than they say: each is an error at its cell.
     */
    private static List<RuleProblem> unknownKeywords(RuleFile table) {
        List<RuleProblem> problems = new ArrayList<>();
        TableCells cells = TableCells.of(table);
        java.util.Set<String> known = ActionType.getTag2code().keySet();
        for (int[] header : cells.ruleTables()) {
            int row = header[0] + 1;
            for (int column = header[1]; column <= cells.lastColumn(row); column++) {
                String keyword = cells.at(row, column);
                if (!keyword.isEmpty()
                        && !known.contains(keyword.toUpperCase(java.util.Locale.ROOT))) {
                    problems.add(
                            new RuleProblem(
                                    table.path(),
                                    row,
                                    column,
                                    "decision table: unknown column keyword '"
                                            + keyword
                                            + "'"
                                            + org.allyadvisor.text.NearestName.among(
                                                            keyword.toUpperCase(
                                                                    java.util.Locale.ROOT),
                                                            MAIN_KEYWORDS)
                                                    .map(k -> "; did you mean '" + k + "'?")
                                                    .orElse("")
                                            + " (a column is CONDITION, ACTION, METADATA, NAME, PRIORITY, ...)"));
                }
            }
        }
        return problems;
    }

    /**
     * A CSV saved by a spreadsheet may start with a byte-order mark, which would hide the first
     * keyword.
     */
    private static byte[] csvBytes(RuleFile table) {
        String text = table.text();
        return (text.startsWith(BYTE_ORDER_MARK) ? text.substring(1) : text)
                .getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }

    private static RuleProblem located(RuleFile table, DecisionTableParseException e) {
        String message =
                firstLine(
                        e.getCause() != null && e.getMessage().startsWith("An error occurred")
                                ? innermost(e)
                                : e);
        Matcher cell = CELL.matcher(message);
        int row = cell.find() ? Integer.parseInt(cell.group(2)) : 0;
        int column = row == 0 ? 0 : columnNumber(cell.group(1));
        return new RuleProblem(table.path(), row, column, "decision table: " + message);
    }

    /** {@code B} is column 2, {@code AA} 27. */
    private static int columnNumber(String letters) {
        int column = 0;
        for (char letter : letters.toCharArray()) {
            column = column * 26 + (letter - 'A' + 1);
        }
        return column;
    }

    /**
     * Drools' DRL rewritten: each rule on one line, the line of its sheet row; the package, imports
     * and any functions before it, on the lines above the first rule's row (on one line when the
     * sheet's header rows are fewer than they take).
     */
    static String alignedToRows(String drl) {
        List<String> header = new ArrayList<>();
        List<Integer> rows = new ArrayList<>();
        List<String> rules = new ArrayList<>();
        int row = 0;
        StringBuilder rule = null;
        for (String line : drl.lines().toList()) {
            Matcher mark = ROW_MARK.matcher(line);
            if (rule == null && mark.find()) {
                row = Integer.parseInt(mark.group(1));
            } else if (rule == null && line.startsWith("rule ")) {
                rule = new StringBuilder(line.strip());
            } else if (rule != null) {
                rule.append(' ').append(line.strip());
                if (line.strip().equals("end")) {
                    rows.add(row);
                    rules.add(rule.toString());
                    rule = null;
                }
            } else if (!line.isBlank() && !line.strip().startsWith("//")) {
                header.add(line);
            }
        }
        StringBuilder aligned = new StringBuilder();
        int firstRow = rows.isEmpty() ? Integer.MAX_VALUE : rows.get(0);
        if (header.size() < firstRow) {
            header.forEach(line -> aligned.append(line).append('\n'));
        } else {
            aligned.append(String.join(" ", header.stream().map(String::strip).toList()))
                    .append('\n');
        }
        int line = aligned.toString().split("\n", -1).length;
        for (int i = 0; i < rules.size(); i++) {
            for (; line < rows.get(i); line++) {
                aligned.append('\n');
            }
            aligned.append(rules.get(i)).append('\n');
            line++;
        }
        return aligned.toString();
    }

    private static Throwable innermost(Throwable e) {
        Throwable inner = e;
        while (inner.getCause() != null && inner.getCause() != inner) {
            inner = inner.getCause();
        }
        return inner;
    }

    private static String firstLine(Throwable e) {
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return message.strip().lines().findFirst().orElse("").strip();
    }
}
