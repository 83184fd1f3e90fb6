package org.allyadvisor.facts.read;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.allyadvisor.facts.FactField;
import org.allyadvisor.facts.FactSchema;
import org.allyadvisor.facts.FieldType;

/**
 * Reads the spreadsheet tables: allies.csv, ties.csv and regions.csv. Each row is turned into the
 * same located tree a YAML item would give (dotted column names become nested sections), so one set
 * of readers checks every format alike.
 */
final class CsvFacts {

    static final List<String> FILE_NAMES = List.of("allies.csv", "ties.csv", "regions.csv");

    /**
     * A by-year field takes one column per year, named for it: {@code
     * budget.realChangeByYear.2023}.
     */
    private static final String YEAR_SUFFIX = ".YYYY";

    private static final List<String> BY_YEAR_FIELDS =
            FactSchema.allyFields().stream()
                    .filter(f -> f.type() == FieldType.NUMBER_BY_YEAR)
                    .map(FactField::path)
                    .toList();

    /**
     * The columns allies.csv may have, a by-year field shown as {@code
     * budget.realChangeByYear.YYYY}.
     */
    private static final List<String> ALLY_COLUMNS =
            FactSchema.allyFields().stream()
                    .map(f -> BY_YEAR_FIELDS.contains(f.path()) ? f.path() + YEAR_SUFFIX : f.path())
                    .toList();

    private static final List<String> TIE_COLUMNS = List.of("ally", "partner", "kind", "strength");

    private CsvFacts() {}

    /**
     * @param simpleName the file's own name, which says which table it is
     */
    static FileFacts read(String simpleName, String text, Problems problems) {
        String table = simpleName.toLowerCase(Locale.ROOT);
        if (isJudgementTable(table)) {
            return CsvTable.parse(text, problems)
                    .map(csv -> judgements(csv, problems))
                    .orElse(FileFacts.NONE);
        }
        if (!FILE_NAMES.contains(table)) {
            problems.whole(
                    "a CSV fact file must be named "
                            + String.join(", ", FILE_NAMES)
                            + ", or "
                            + "judgements*.csv for analysts' judgements");
            return FileFacts.NONE;
        }
        return CsvTable.parse(text, problems)
                .map(
                        csv ->
                                switch (table) {
                                    case "allies.csv" -> allies(csv, problems);
                                    case "ties.csv" -> ties(csv, problems);
                                    default -> regions(csv, problems);
                                })
                .orElse(FileFacts.NONE);
    }

    /**
     * judgements.csv, judgements-threat.csv, ...: analysts' judgements, kept apart from sourced
     * tables.
     */
    static boolean isJudgementTable(String lowerCaseName) {
        return lowerCaseName.startsWith("judgements") && lowerCaseName.endsWith(".csv");
    }

    /**
     * A judgements table: one judgement a row, on an ally (an {@code id} column and ally fields as
     * columns) or on a region (a {@code region} column and {@code emergingPowerActivity}), each
     * with its {@code basis} and {@code source}.
     */
    private static FileFacts judgements(CsvTable csv, Problems problems) {
        boolean regions =
                csv.header().stream().anyMatch(c -> c.text().equals(JudgementReader.REGION_KEY));
        boolean allies = csv.header().stream().anyMatch(c -> c.text().equals("id"));
        if (regions == allies) {
            problems.at(
                    csv.header().get(0).line(),
                    null,
                    "",
                    regions
                            ? "a judgements table judges allies ('id' column) or regions ('region' column), not both"
                            : "a judgements table needs an 'id' column (judgements on allies) or a 'region' column "
                                    + "(judgements on regions)");
            return FileFacts.NONE;
        }
        List<String> known = regions ? JudgementReader.REGION_KEYS : JudgementReader.ALLY_COLUMNS;
        List<String> required =
                List.of(
                        regions ? JudgementReader.REGION_KEY : "id",
                        JudgementReader.BASIS,
                        JudgementReader.SOURCE);
        Map<String, Integer> columns = columns(csv, known, required, List.of(), problems);
        if (columns == null) {
            return FileFacts.NONE;
        }
        List<FileFacts.JudgementDraft> drafts = new ArrayList<>();
        for (int i = 0; i < csv.rows().size(); i++) {
            Node.Mapping row = tree(csv.rows().get(i), columns, csv, problems);
            String fallback = (regions ? "judgements.regions[" : "judgements.allies[") + i + "]";
            FileFacts.JudgementDraft draft =
                    regions
                            ? JudgementReader.region(row, fallback, problems)
                            : JudgementReader.ally(row, fallback, problems);
            if (draft != null) {
                drafts.add(draft);
            }
        }
        return FileFacts.ofJudgements(drafts);
    }

    private static FileFacts allies(CsvTable csv, Problems problems) {
        Map<String, Integer> columns =
                columns(
                        csv,
                        ALLY_COLUMNS,
                        List.of("id", "name", "region"),
                        BY_YEAR_FIELDS,
                        problems);
        if (columns == null) {
            return FileFacts.NONE;
        }
        if (csv.rows().isEmpty()) {
            problems.at(
                    csv.header().get(0).line(),
                    null,
                    "",
                    "the table has a header and no rows; give one row per ally");
            return FileFacts.NONE;
        }
        List<FileFacts.AllyDraft> allies = new ArrayList<>();
        for (int i = 0; i < csv.rows().size(); i++) {
            FileFacts.AllyDraft ally =
                    AllyReader.read(tree(csv.rows().get(i), columns, csv, problems), i, problems);
            if (ally != null) {
                allies.add(ally);
            }
        }
        return new FileFacts(null, List.of(), allies, null);
    }

    private static FileFacts regions(CsvTable csv, Problems problems) {
        Map<String, Integer> columns =
                columns(csv, RegionReader.KEYS, List.of("id"), List.of(), problems);
        if (columns == null) {
            return FileFacts.NONE;
        }
        List<FileFacts.RegionDraft> regions = new ArrayList<>();
        for (int i = 0; i < csv.rows().size(); i++) {
            FileFacts.RegionDraft region =
                    RegionReader.read(tree(csv.rows().get(i), columns, csv, problems), i, problems);
            if (region != null) {
                regions.add(region);
            }
        }
        return new FileFacts(null, regions, List.of(), null);
    }

    /**
     * Each row is a tie of the ally it names, or, with partner {@code none} and kind and strength
     * left empty, says that ally has no ties. The table makes ties known only for the allies it
     * names, in either column; see {@link FactSetAssembler}. A row's label follows the YAML shape,
     * {@code allies[POL].ties[0]}, counting the ally's rows; by row when the ally is unreadable.
     */
    private static FileFacts ties(CsvTable csv, Problems problems) {
        Map<String, Integer> columns = columns(csv, TIE_COLUMNS, TIE_COLUMNS, List.of(), problems);
        if (columns == null) {
            return new FileFacts(null, List.of(), List.of(), List.of());
        }
        Map<String, Integer> perAlly = new HashMap<>();
        List<FileFacts.TieDraft> ties = new ArrayList<>();
        for (int i = 0; i < csv.rows().size(); i++) {
            Node.Mapping row = tree(csv.rows().get(i), columns, csv, problems);
            Node allyCell =
                    row.entries().stream()
                            .filter(e -> e.key().equals("ally"))
                            .map(Node.Entry::value)
                            .findFirst()
                            .orElse(null);
            String ally =
                    allyCell == null || allyCell.isMissing()
                            ? null
                            : ((Node.Scalar) allyCell).text();
            String label =
                    ally == null
                            ? "ties[" + i + "]"
                            : "allies["
                                    + ally
                                    + "].ties["
                                    + (perAlly.merge(ally, 1, Integer::sum) - 1)
                                    + "]";
            if (ally == null) {
                problems.at(allyCell, label + ".ally", "required field is missing");
            }
            List<Node.Entry> tieCells =
                    row.entries().stream().filter(e -> !e.key().equals("ally")).toList();
            FileFacts.TieDraft tie =
                    TieReader.read(
                            new Node.Mapping(tieCells, row.line(), row.column()),
                            label,
                            ally,
                            ally == null ? null : Loc.of(problems.file(), allyCell),
                            problems);
            if (tie != null) {
                ties.add(tie);
            }
        }
        return new FileFacts(null, List.of(), List.of(), ties);
    }

    /**
     * The known columns by name, with their 0-based index. Unknown and repeated columns are
     * reported. Null when a required column is missing: that is reported once, here, and the rows
     * are not read, since every one of them would lack the same value.
     *
     * @param byYear the fields of this table that take one column per year, named for the year
     */
    private static Map<String, Integer> columns(
            CsvTable csv,
            List<String> known,
            List<String> required,
            List<String> byYear,
            Problems problems) {
        Map<String, Integer> columns = new LinkedHashMap<>();
        for (Node.Scalar cell : csv.header()) {
            String name = cell.text();
            String field =
                    byYear.stream().filter(f -> name.startsWith(f + ".")).findFirst().orElse(null);
            if (name.isEmpty()) {
                problems.at(cell, "", "empty column name");
            } else if (byYear.contains(name)) {
                problems.at(
                        cell,
                        name,
                        "one column per year: name it "
                                + name
                                + YEAR_SUFFIX
                                + ", such as "
                                + name
                                + ".2024");
            } else if (field != null && Values.year(name.substring(field.length() + 1)) == null) {
                problems.at(cell, name, Values.notAYear(name.substring(field.length() + 1)));
            } else if (field == null && !known.contains(name)) {
                problems.at(cell, name, Keys.unknownField(name, known));
            } else if (columns.containsKey(name)) {
                problems.at(cell, name, "duplicate column '" + name + "'");
            } else {
                columns.put(name, cell.column() - 1);
            }
        }
        boolean complete = true;
        for (String name : required) {
            if (!columns.containsKey(name)) {
                problems.at(csv.header().get(0).line(), null, name, "required column is missing");
                complete = false;
            }
        }
        return complete ? columns : null;
    }

    /**
     * A row as the nested mapping a YAML item would be, one level per dot of the column name:
     * {@code budget.gdpUsdBn} under {@code budget}, {@code budget.realChangeByYear.2023} under
     * {@code realChangeByYear} under {@code budget}.
     */
    private static Node.Mapping tree(
            CsvTable.Row row, Map<String, Integer> columns, CsvTable csv, Problems problems) {
        List<Node.Scalar> cells = row.cells();
        if (cells.size() > csv.header().size()) {
            Node.Scalar extra = cells.get(csv.header().size());
            if (cells.subList(csv.header().size(), cells.size()).stream()
                    .anyMatch(c -> !c.text().isEmpty())) {
                problems.at(
                        extra,
                        "",
                        "the row has "
                                + cells.size()
                                + " cells but the header has "
                                + csv.header().size()
                                + " columns");
            }
        }
        Branch root = new Branch();
        for (Map.Entry<String, Integer> column : columns.entrySet()) {
            int index = column.getValue();
            // a short row (trailing empty cells dropped by the spreadsheet) has empty cells
            Node.Scalar cell =
                    index < cells.size()
                            ? cells.get(index)
                            : Node.Scalar.cell("", row.line(), index + 1);
            Branch branch = root;
            String[] parts = column.getKey().split("\\.");
            for (int i = 0; i < parts.length - 1; i++) {
                branch = (Branch) branch.children.computeIfAbsent(parts[i], p -> new Branch());
            }
            branch.children.put(parts[parts.length - 1], cell);
        }
        return root.mapping(row.line(), 1);
    }

    /**
     * A section being built from the columns of one row: cells and sections by name, in column
     * order.
     */
    private static final class Branch {
        final Map<String, Object> children = new LinkedHashMap<>();

        /** Located where its first cell is, as a YAML section is where its first key is. */
        Node.Mapping mapping(int line, int column) {
            List<Node.Entry> entries = new ArrayList<>();
            children.forEach(
                    (name, child) -> {
                        Node node =
                                child instanceof Branch branch
                                        ? branch.mapping(
                                                branch.first().line(), branch.first().column())
                                        : (Node.Scalar) child;
                        entries.add(new Node.Entry(name, node.line(), node.column(), node));
                    });
            return new Node.Mapping(entries, line, column);
        }

        private Node.Scalar first() {
            Object child = children.values().iterator().next();
            return child instanceof Branch branch ? branch.first() : (Node.Scalar) child;
        }
    }
}
