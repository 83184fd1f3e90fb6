package org.allyadvisor.facts;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.allyadvisor.shared.SharedFiles;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;

/**
 * The raw tables of ../shared/data/raw that the real-change history of the shipped facts comes
 * from, read as they are (every value at full precision), by ally id and year. The rounding and
 * RC-1 below are those of ../shared/data/scripts, so a figure computed here has the digits the
 * shared CSVs would give it.
 */
final class RawTables {

    static final Path RAW = SharedFiles.path("data/raw");

    /**
     * How the NATO tables spell the allies (an asterisk marks a national 2% law, and is dropped).
     */
    static final Map<String, String> NATO_SPELLING =
            Map.ofEntries(
                    Map.entry("Albania", "ALB"),
                    Map.entry("Belgium", "BEL"),
                    Map.entry("Bulgaria", "BGR"),
                    Map.entry("Canada", "CAN"),
                    Map.entry("Croatia", "HRV"),
                    Map.entry("Czechia", "CZE"),
                    Map.entry("Denmark", "DNK"),
                    Map.entry("Estonia", "EST"),
                    Map.entry("Finland", "FIN"),
                    Map.entry("France", "FRA"),
                    Map.entry("Germany", "DEU"),
                    Map.entry("Greece", "GRC"),
                    Map.entry("Hungary", "HUN"),
                    Map.entry("Iceland", "ISL"),
                    Map.entry("Italy", "ITA"),
                    Map.entry("Latvia", "LVA"),
                    Map.entry("Lithuania", "LTU"),
                    Map.entry("Luxembourg", "LUX"),
                    Map.entry("Montenegro", "MNE"),
                    Map.entry("Netherlands", "NLD"),
                    Map.entry("North Macedonia", "MKD"),
                    Map.entry("Norway", "NOR"),
                    Map.entry("Poland", "POL"),
                    Map.entry("Portugal", "PRT"),
                    Map.entry("Romania", "ROU"),
                    Map.entry("Slovak Republic", "SVK"),
                    Map.entry("Slovenia", "SVN"),
                    Map.entry("Spain", "ESP"),
                    Map.entry("Sweden", "SWE"),
                    Map.entry("Türkiye", "TUR"),
                    Map.entry("United Kingdom", "GBR"));

    /** How the SIPRI Military Expenditure Database spells the partners. */
    static final Map<String, String> SIPRI_SPELLING =
            Map.ofEntries(
                    Map.entry("Japan", "JPN"),
                    Map.entry("Korea, South", "KOR"),
                    Map.entry("Australia", "AUS"),
                    Map.entry("Philippines", "PHL"),
                    Map.entry("Taiwan", "TWN"),
                    Map.entry("New Zealand", "NZL"),
                    Map.entry("Singapore", "SGP"),
                    Map.entry("Thailand", "THA"),
                    Map.entry("Israel", "ISR"),
                    Map.entry("Jordan", "JOR"),
                    Map.entry("Egypt", "EGY"),
                    Map.entry("Saudi Arabia", "SAU"),
                    Map.entry("Kuwait", "KWT"),
                    Map.entry("Bahrain", "BHR"),
                    Map.entry("Qatar", "QAT"),
                    Map.entry("United Arab Emirates", "ARE"));

    private RawTables() {}

    /**
     * NATO2024, sheet TABLE3, block "Annual real change (%)": each ally's real change by year (2023
     * and 2024 are the columns "2023e" and "2024e", NATO's estimates).
     */
    static Map<String, Map<Integer, Double>> nato2024RealChange() throws IOException {
        try (Workbook workbook = open("240617-def-exp-2024-TABLES-en.xlsx")) {
            Sheet sheet = workbook.getSheet("TABLE3");
            Map<Integer, Integer> years = null;
            boolean inBlock = false;
            Map<String, Map<Integer, Double>> byAlly = new TreeMap<>();
            for (Row row : sheet) {
                List<String> texts = texts(row);
                if (years == null && texts.contains("2024e")) {
                    years = yearColumns(row);
                } else if (texts.contains("Annual real change (%)")) {
                    inBlock = true;
                } else if (inBlock && !texts.isEmpty()) {
                    String id = NATO_SPELLING.get(texts.get(0).replace("*", "").strip());
                    if (id != null) { // not the US, the aggregates or the notes
                        byAlly.put(id, numbers(row, years));
                    }
                }
            }
            return byAlly;
        }
    }

    /** NATO2025X, realchange.csv: each ally's real change by year, as written (full precision). */
    static Map<String, Map<Integer, Double>> nato2025RealChange() throws IOException {
        Map<String, Map<Integer, Double>> byAlly = new TreeMap<>();
        for (Map<String, String> row :
                ShippedFactsTest.csv(RAW.resolve("nato2025_realchange.csv"))) {
            String id = NATO_SPELLING.get(row.get("country").replace("*", "").strip());
            if (id == null) {
                continue;
            }
            Map<Integer, Double> years = new TreeMap<>();
            row.forEach(
                    (column, value) -> {
                        if (!column.equals("country") && !value.isEmpty()) {
                            years.put(
                                    Integer.parseInt(column.replace("e", "")),
                                    Double.parseDouble(value));
                        }
                    });
            byAlly.put(id, years);
        }
        return byAlly;
    }

    /**
     * SIPRI2024, sheet "Constant (2023) US$": each partner's military expenditure in US$ million at
     * constant 2023 prices, by year; SIPRI's ". ." and "..." (no data) are left out.
     */
    static Map<String, Map<Integer, Double>> sipriConstantUsd() throws IOException {
        try (Workbook workbook = open("SIPRI-Milex-data-1949-2024_2.xlsx")) {
            Sheet sheet = workbook.getSheet("Constant (2023) US$");
            Map<Integer, Integer> years = null;
            Map<String, Map<Integer, Double>> byPartner = new TreeMap<>();
            for (Row row : sheet) {
                List<String> texts = texts(row);
                if (years == null && !texts.isEmpty() && texts.get(0).equals("Country")) {
                    years = yearColumns(row);
                } else if (years != null
                        && !texts.isEmpty()
                        && SIPRI_SPELLING.containsKey(texts.get(0))) {
                    byPartner.put(SIPRI_SPELLING.get(texts.get(0)), numbers(row, years));
                }
            }
            return byPartner;
        }
    }

    /**
     * Rule RC-1 of ../shared/data/SOURCES.md, for any year: the change in constant-price spending
     * on the year before, percent, to 2 decimals; empty when either year has no figure.
     */
    static String rc1(Map<Integer, Double> constantUsd, int year) {
        Double before = constantUsd.get(year - 1);
        Double now = constantUsd.get(year);
        if (before == null || now == null || before <= 0) {
            return "";
        }
        return twoDecimals((now / before - 1) * 100);
    }

    /** Rounded to 2 decimals as the shared data's scripts round ({@code f'{round(x, 2):.2f}'}). */
    static String twoDecimals(double value) {
        return new BigDecimal(value).setScale(2, RoundingMode.HALF_EVEN).toPlainString();
    }

    private static Workbook open(String file) throws IOException {
        return WorkbookFactory.create(RAW.resolve(file).toFile(), null, true);
    }

    /**
     * Column index to year, for a header row of years (numbers, or text such as "2019" or "2024e").
     */
    private static Map<Integer, Integer> yearColumns(Row header) {
        Map<Integer, Integer> years = new HashMap<>();
        for (Cell cell : header) {
            String text =
                    cell.getCellType() == CellType.NUMERIC
                            ? String.valueOf((int) cell.getNumericCellValue())
                            : cell.getCellType() == CellType.STRING
                                    ? cell.getStringCellValue().strip()
                                    : "";
            if (text.matches("\\d{4}e?")) {
                years.put(cell.getColumnIndex(), Integer.parseInt(text.replace("e", "")));
            }
        }
        return years;
    }

    private static Map<Integer, Double> numbers(Row row, Map<Integer, Integer> years) {
        Map<Integer, Double> values = new TreeMap<>();
        years.forEach(
                (column, year) -> {
                    Cell cell = row.getCell(column);
                    if (cell != null
                            && (cell.getCellType() == CellType.NUMERIC
                                    || (cell.getCellType() == CellType.FORMULA
                                            && cell.getCachedFormulaResultType()
                                                    == CellType.NUMERIC))) {
                        values.put(year, cell.getNumericCellValue());
                    }
                });
        return values;
    }

    /** The row's non-blank texts, stripped, in column order. */
    private static List<String> texts(Row row) {
        List<String> texts = new ArrayList<>();
        for (Cell cell : row) {
            if (cell.getCellType() == CellType.STRING && !cell.getStringCellValue().isBlank()) {
                texts.add(cell.getStringCellValue().strip());
            }
        }
        return texts;
    }
}
