package org.allyadvisor.rules;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Checks that the rows of a threat level × maturity decision table (TECH-1..3) are sound: for every
 * threat level (1..5) and each kind of shortfall (severe, or short of severe), exactly one row
 * gives the priority. Rows that condition on the same other things (the same capability) are one
 * group; in it, two rows that cover one cell give an ally two priorities for one shortfall (an
 * overlap), and a cell no row covers gives it none (a gap). A table without threat-level and
 * severity columns is not of this kind and has nothing to check.
 */
final class DecisionTableChecks {

    private static final int LOWEST_THREAT = 1;
    private static final int HIGHEST_THREAT = 5;
    private static final Pattern THREAT_FROM = Pattern.compile("threatLevel\\s*>=?\\s*\\$param");
    private static final Pattern THREAT_TO = Pattern.compile("threatLevel\\s*<=?\\s*\\$param");
    private static final Pattern SEVERE = Pattern.compile("\\bsevere\\b.*\\$param");
    private static final Pattern WHOLE_NUMBER = Pattern.compile("\\d+");

    private DecisionTableChecks() {}

    /**
     * Overlaps and gaps of every threat × maturity table of the rule set, in file and row order.
     */
    static List<RuleWarning> check(RuleSet rules) {
        List<RuleWarning> warnings = new ArrayList<>();
        for (RuleFile table : rules.tables()) {
            warnings.addAll(check(table));
        }
        return warnings;
    }

    static List<RuleWarning> check(RuleFile table) {
        TableCells cells = TableCells.of(table);
        List<RuleWarning> warnings = new ArrayList<>();
        for (int[] header : cells.ruleTables()) {
            warnings.addAll(new Table(table.path(), cells, header[0], header[1]).check());
        }
        return warnings;
    }

    /**
     * One RuleTable block: its keyword row under the header, then object types, snippets, labels
     * and rows.
     */
    private static final class Table {
        private final String file;
        private final TableCells cells;
        private final int keywords;
        private int threatFrom;
        private int threatTo;
        private int severe;
        private final List<Integer> others = new ArrayList<>();

        Table(String file, TableCells cells, int header, int firstColumn) {
            this.file = file;
            this.cells = cells;
            this.keywords = header + 1;
            int snippets = keywords + 2;
            for (int column = firstColumn; column <= cells.lastColumn(keywords); column++) {
                if (!cells.at(keywords, column).equalsIgnoreCase("CONDITION")) {
                    continue;
                }
                String snippet = cells.at(snippets, column);
                if (THREAT_FROM.matcher(snippet).find()) {
                    threatFrom = column;
                } else if (THREAT_TO.matcher(snippet).find()) {
                    threatTo = column;
                } else if (SEVERE.matcher(snippet).find()) {
                    severe = column;
                } else {
                    others.add(column);
                }
            }
        }

        List<RuleWarning> check() {
            List<RuleWarning> warnings = new ArrayList<>();
            if (threatFrom == 0 || threatTo == 0 || severe == 0) {
                return warnings;
            }
            Map<String, List<Integer>> groups = new LinkedHashMap<>();
            for (int row = keywords + 4; !isBlank(row); row++) {
                StringBuilder group = new StringBuilder();
                for (int column : others) {
                    group.append(cells.at(row, column)).append(' ');
                }
                groups.computeIfAbsent(group.toString().strip(), g -> new ArrayList<>()).add(row);
            }
            groups.forEach((group, rows) -> warnings.addAll(checkGroup(group, rows)));
            return warnings;
        }

        private boolean isBlank(int row) {
            return cells.lastColumn(row) == 0;
        }

        private List<RuleWarning> checkGroup(String group, List<Integer> rows) {
            List<RuleWarning> warnings = new ArrayList<>();
            Map<String, Integer> coveredBy = new LinkedHashMap<>();
            for (int row : rows) {
                Integer from = level(row, threatFrom, LOWEST_THREAT, warnings);
                Integer to = level(row, threatTo, HIGHEST_THREAT, warnings);
                if (from == null || to == null) {
                    continue;
                }
                String severity = cells.at(row, severe);
                for (int level = from; level <= to; level++) {
                    for (boolean isSevere : new boolean[] {true, false}) {
                        if (!severity.isEmpty() && Boolean.parseBoolean(severity) != isSevere) {
                            continue;
                        }
                        String cell = cellName(level, isSevere);
                        Integer first = coveredBy.putIfAbsent(cell, row);
                        if (first != null) {
                            warnings.add(
                                    new RuleWarning(
                                            file,
                                            row,
                                            "overlaps row "
                                                    + first
                                                    + forGroup(group)
                                                    + ": both give the priority for "
                                                    + cell));
                        }
                    }
                }
            }
            for (int level = LOWEST_THREAT; level <= HIGHEST_THREAT; level++) {
                for (boolean isSevere : new boolean[] {true, false}) {
                    String cell = cellName(level, isSevere);
                    if (!coveredBy.containsKey(cell)) {
                        warnings.add(
                                new RuleWarning(
                                        file,
                                        rows.get(0),
                                        "gap"
                                                + forGroup(group)
                                                + ": no row gives the"
                                                + " priority for "
                                                + cell
                                                + ", so such an ally gets no advice"));
                    }
                }
            }
            return warnings;
        }

        /** A threat level from a cell; an empty cell leaves that end open. */
        private Integer level(int row, int column, int open, List<RuleWarning> warnings) {
            String text = cells.at(row, column);
            if (text.isEmpty()) {
                return open;
            }
            Matcher number = WHOLE_NUMBER.matcher(text.replaceFirst("\\.0$", ""));
            if (!number.matches()) {
                warnings.add(
                        new RuleWarning(
                                file,
                                row,
                                "threat level '" + text + "' is not a whole number 1..5"));
                return null;
            }
            return Math.max(
                    LOWEST_THREAT, Math.min(HIGHEST_THREAT, Integer.parseInt(number.group())));
        }

        private static String forGroup(String group) {
            return group.isEmpty() ? "" : " (" + group + ")";
        }

        private static String cellName(int level, boolean isSevere) {
            return "threat level "
                    + level
                    + " with "
                    + (isSevere ? "a severe shortfall" : "a shortfall short of severe");
        }
    }
}
