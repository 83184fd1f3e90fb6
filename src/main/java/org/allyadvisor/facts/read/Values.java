package org.allyadvisor.facts.read;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.allyadvisor.facts.FactField;
import org.allyadvisor.facts.FactSchema;
import org.allyadvisor.facts.FieldType;

/**
 * Turns one located value into the Java value a {@link FactField} asks for, reporting what is wrong
 * with it. YAML/JSON values are typed by the parser; CSV cells are text and are parsed here. Every
 * method returns null for a missing or a bad value: a gap, never a zero.
 */
final class Values {

    private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Pattern YEAR = Pattern.compile("\\d{4}");

    private Values() {}

    /**
     * Double (NUMBER), Integer (INTEGER), Boolean, String (TEXT, ENUM: the constant's name),
     * LocalDate (DATE), List of String (TEXT_LIST, ENUM_LIST) or Map of year to Double
     * (NUMBER_BY_YEAR).
     */
    static Object read(FactField field, Node node, String path, Problems problems) {
        if (node == null || node.isMissing()) {
            return null;
        }
        return switch (field.type()) {
            case NUMBER, INTEGER -> number(field, node, path, problems);
            case BOOLEAN -> bool(node, path, problems);
            case TEXT -> text(node, path, problems);
            case DATE -> date(node, path, problems);
            case ENUM -> enumName(field, node, path, problems);
            case TEXT_LIST, ENUM_LIST -> list(field, node, path, problems);
            case NUMBER_BY_YEAR -> byYear(field, node, path, problems);
        };
    }

    /**
     * The year a key of a by-year field names, or null when it names none: four digits, 1900..2100.
     */
    static Integer year(String key) {
        if (!YEAR.matcher(key).matches()) {
            return null;
        }
        int year = Integer.parseInt(key);
        return FactSchema.isYear(year) ? year : null;
    }

    /** What is wrong with a key that {@link #year} does not take. */
    static String notAYear(String key) {
        String shown = key.length() > 40 ? key.substring(0, 37) + "..." : key;
        return "expected a year from "
                + FactSchema.MIN_YEAR
                + " to "
                + FactSchema.MAX_YEAR
                + ", got '"
                + shown
                + "'";
    }

    /** Text of a scalar; numbers are accepted as text (a title of 2025 is still a title). */
    static String text(Node node, String path, Problems problems) {
        if (node == null || node.isMissing()) {
            return null;
        }
        if (node instanceof Node.Scalar s) {
            return s.text().strip();
        }
        problems.at(node, path, "expected text, got " + node.describe());
        return null;
    }

    private static Object number(FactField field, Node node, String path, Problems problems) {
        boolean whole = field.type() == FieldType.INTEGER;
        String expected = whole ? "expected a whole number, got " : "expected a number, got ";
        BigDecimal value = numberOf(node);
        if (value == null && node instanceof Node.Scalar s && s.kind() == Node.Kind.NUMBER) {
            problems.at(node, path, "expected a finite number, got " + s.text().strip());
            return null;
        }
        if (value == null) {
            problems.at(node, path, expected + node.describe());
            return null;
        }
        String shown = ((Node.Scalar) node).text().strip();
        if (whole && value.stripTrailingZeros().scale() > 0) {
            problems.at(node, path, expected + shown);
            return null;
        }
        if ((field.min() != null && value.compareTo(BigDecimal.valueOf(field.min())) < 0)
                || (field.max() != null && value.compareTo(BigDecimal.valueOf(field.max())) > 0)) {
            problems.at(node, path, shown + " is out of range " + field.rangeText());
            return null;
        }
        double asDouble = value.doubleValue();
        if (Double.isInfinite(asDouble) || (whole && Math.abs(asDouble) > Integer.MAX_VALUE)) {
            problems.at(node, path, shown + " is too large");
            return null;
        }
        return whole ? (Object) value.intValueExact() : (Object) asDouble;
    }

    /** A parsed number, or null when the value is not one (a quoted YAML string is not). */
    private static BigDecimal numberOf(Node node) {
        if (node instanceof Node.Scalar s && s.kind() == Node.Kind.NUMBER) {
            return s.number();
        }
        if (node instanceof Node.Scalar s && s.kind() == Node.Kind.CELL) {
            try {
                return new BigDecimal(s.text().strip());
            } catch (NumberFormatException e) {
                return null;
            }
        }
        return null;
    }

    private static Boolean bool(Node node, String path, Problems problems) {
        if (node instanceof Node.Scalar s) {
            String text = s.text().strip();
            if (s.kind() == Node.Kind.BOOLEAN
                    || (s.kind() == Node.Kind.CELL
                            && (text.equalsIgnoreCase("true") || text.equalsIgnoreCase("false")))) {
                return Boolean.parseBoolean(text.toLowerCase(Locale.ROOT));
            }
        }
        problems.at(node, path, "expected true or false, got " + node.describe());
        return null;
    }

    private static LocalDate date(Node node, String path, Problems problems) {
        if (node instanceof Node.Scalar s
                && (s.kind() == Node.Kind.STRING || s.kind() == Node.Kind.CELL)
                && DATE.matcher(s.text().strip()).matches()) {
            try {
                return LocalDate.parse(s.text().strip());
            } catch (DateTimeParseException e) {
                // falls through to the message below: 2025-13-01 has the shape but is no date
            }
        }
        problems.at(node, path, "expected a date YYYY-MM-DD, got " + node.describe());
        return null;
    }

    /**
     * The constant's name; spreadsheet users type "high" as often as "HIGH", so case is ignored.
     */
    private static String enumName(FactField field, Node node, String path, Problems problems) {
        if (!(node instanceof Node.Scalar s)) {
            problems.at(
                    node,
                    path,
                    "expected one of "
                            + String.join(", ", field.allowed())
                            + ", got "
                            + node.describe());
            return null;
        }
        String name = s.text().strip();
        String upper = name.toUpperCase(Locale.ROOT);
        if (field.allowed().contains(upper)) {
            return upper;
        }
        problems.at(
                node,
                path,
                "unknown value '" + name + "'; allowed: " + String.join(", ", field.allowed()));
        return null;
    }

    /**
     * A value for each year: a YAML/JSON mapping ({@code {2021: 3.2, 2022: 1.5}}), or the by-year
     * columns of allies.csv, which arrive nested the same way. A missing value is a gap for that
     * year only; no year known at all is a gap for the field (null), never an empty table.
     */
    private static Map<Integer, Double> byYear(
            FactField field, Node node, String path, Problems problems) {
        if (!(node instanceof Node.Mapping mapping)) {
            problems.at(
                    node,
                    path,
                    "expected a value for each year, such as {2023: 1.5}, got " + node.describe());
            return null;
        }
        FactField itemField =
                new FactField(
                        field.path(),
                        FieldType.NUMBER,
                        field.min(),
                        field.max(),
                        List.of(),
                        field.value());
        Map<Integer, Double> values = new TreeMap<>();
        Set<Integer> seen = new HashSet<>();
        for (Node.Entry entry : mapping.entries()) {
            String at = Keys.join(path, entry.key());
            Integer year = year(entry.key());
            if (year == null) {
                problems.at(entry.line(), entry.column(), at, notAYear(entry.key()));
            } else if (!seen.add(year)) {
                problems.at(
                        entry.line(), entry.column(), at, "duplicate field '" + entry.key() + "'");
            } else {
                Object value = read(itemField, entry.value(), at, problems);
                if (value != null) {
                    values.put(year, (Double) value);
                }
            }
        }
        return values.isEmpty() ? null : values;
    }

    /**
     * A YAML/JSON list, or a CSV cell split on ';' where {@code none} means an empty list. Missing
     * items are skipped.
     */
    private static List<String> list(FactField field, Node node, String path, Problems problems) {
        List<Node> items = new ArrayList<>();
        boolean indexed = true;
        if (node instanceof Node.Sequence sequence) {
            items.addAll(sequence.items());
        } else if (node instanceof Node.Scalar s && s.kind() == Node.Kind.CELL) {
            indexed = false; // the column already says where: a cell is one field
            if (s.text().strip().equalsIgnoreCase("none")) {
                return List.of();
            }
            for (String part : s.text().split(";")) {
                items.add(Node.Scalar.cell(part, s.line(), s.column()));
            }
        } else {
            problems.at(node, path, "expected a list, got " + node.describe());
            return null;
        }
        FactField itemField =
                new FactField(
                        field.path(),
                        field.type() == FieldType.ENUM_LIST ? FieldType.ENUM : FieldType.TEXT,
                        null,
                        null,
                        field.allowed(),
                        field.value());
        List<String> values = new ArrayList<>();
        boolean ok = true;
        for (int i = 0; i < items.size(); i++) {
            Node item = items.get(i);
            if (item.isMissing()) {
                continue;
            }
            Object value = read(itemField, item, indexed ? path + "[" + i + "]" : path, problems);
            ok &= value != null;
            if (value != null) {
                values.add((String) value);
            }
        }
        return ok ? values : null;
    }
}
