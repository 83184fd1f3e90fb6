package org.allyadvisor.engine;

import java.io.Serializable;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.allyadvisor.policy.Thresholds;
import org.allyadvisor.results.Explanation.Observation;
import org.drools.drl.ast.descr.AtomicExprDescr;
import org.drools.drl.ast.descr.BaseDescr;
import org.drools.drl.ast.descr.ConstraintConnectiveDescr;
import org.drools.drl.ast.descr.RelationalExprDescr;
import org.drools.drl.parser.DrlExprParser;
import org.drools.drl.parser.DrlExprParserFactory;
import org.kie.internal.builder.conf.LanguageLevelOption;
import org.mvel2.MVEL;
import org.mvel2.ParserConfiguration;
import org.mvel2.ParserContext;

/**
 * Reads a failing test against the fact it was tried on: the test split as Drools' own expression
 * parser splits it (left side, operator, right side), each side evaluated with MVEL on the fact and
 * the names the rule bound so far. Drools has already said that the test fails; this only shows the
 * values it compared. A side MVEL cannot evaluate is shown as written, valueless.
 */
final class ConstraintValues {

    /**
     * A path as written ({@code budget.defensePctGdp}, {@code $budget.floorPctGdp}), maybe a call's
     * receiver.
     */
    private static final Pattern PATH =
            Pattern.compile(
                    "(?<![\\w$.\"'])(\\$?[A-Za-z_][\\w$]*(?:\\s*\\.\\s*[A-Za-z_][\\w$]*)*)(\\s*\\()?");

    private static final Set<String> WORDS =
            Set.of(
                    "this",
                    "null",
                    "true",
                    "false",
                    "new",
                    "instanceof",
                    "not",
                    "in",
                    "memberOf",
                    "contains",
                    "matches",
                    "soundslike",
                    "str");

    private final ParserConfiguration imports = new ParserConfiguration();

    /**
     * The section each policy type is read from in the thresholds file ({@code BudgetPolicy} →
     * {@code budget}).
     */
    private final Map<Class<?>, String> sections = new HashMap<>();

    ConstraintValues(List<String> importedClasses, ClassLoader loader) {
        for (String name : importedClasses) {
            try {
                Class<?> type = Class.forName(name, false, loader);
                imports.addImport(type.getSimpleName(), type);
            } catch (ClassNotFoundException | LinkageError e) {
                // an import MVEL cannot see: sides naming it are shown as written
            }
        }
        for (java.lang.reflect.RecordComponent section : Thresholds.class.getRecordComponents()) {
            if (Thresholds.RULE_SECTIONS.contains(section.getName())) {
                sections.put(section.getType(), section.getName());
            }
        }
    }

    /**
     * What the test compared, on {@code fact} (null for an accumulate's result test) with the names
     * bound.
     */
    Observation read(String test, Object fact, String factWord, Map<String, Object> bound) {
        BaseDescr parsed = parse(test);
        if (parsed instanceof RelationalExprDescr relation
                && relation.getLeft() instanceof AtomicExprDescr left
                && relation.getRight() instanceof AtomicExprDescr right) {
            return compared(
                    factWord,
                    left.getExpression(),
                    relation.isNegated() ? "not " + relation.getOperator() : relation.getOperator(),
                    right.getExpression(),
                    fact,
                    bound);
        }
        if (parsed instanceof ConstraintConnectiveDescr any && isMembership(any)) {
            RelationalExprDescr first = (RelationalExprDescr) any.getDescrs().get(0);
            String left = ((AtomicExprDescr) first.getLeft()).getExpression();
            List<String> options =
                    any.getDescrs().stream()
                            .map(
                                    d ->
                                            ((AtomicExprDescr) ((RelationalExprDescr) d).getRight())
                                                    .getExpression())
                            .toList();
            return new Observation(
                    factWord,
                    left,
                    value(left, fact, bound),
                    "in",
                    "(" + String.join(", ", options) + ")",
                    null,
                    null,
                    null,
                    Map.of());
        }
        return new Observation(
                factWord,
                test,
                value(test, fact, bound),
                null,
                null,
                null,
                null,
                null,
                operands(test, fact, bound));
    }

    private Observation compared(
            String factWord,
            String left,
            String operator,
            String right,
            Object fact,
            Map<String, Object> bound) {
        Object leftValue = value(left, fact, bound);
        Object rightValue = value(right, fact, bound);
        Double distance =
                leftValue instanceof Number l && rightValue instanceof Number r
                        ? Math.abs(l.doubleValue() - r.doubleValue())
                        : null;
        return new Observation(
                factWord,
                left,
                leftValue,
                operator,
                right,
                rightValue,
                threshold(right, bound),
                distance,
                Map.of());
    }

    /**
     * {@code budget.floorPctGdp} for {@code $budget.floorPctGdp} when {@code $budget} is the budget
     * section.
     */
    private String threshold(String side, Map<String, Object> bound) {
        int dot = side.indexOf('.');
        if (!side.startsWith("$") || dot < 0) {
            return null;
        }
        Object section = bound.get(side.substring(0, dot).strip());
        String name = section == null ? null : sections.get(section.getClass());
        return name == null ? null : name + "." + side.substring(dot + 1).replaceAll("\\s+", "");
    }

    /** The values a test that is not a comparison reads: each path in it, or a call's receiver. */
    private Map<String, Object> operands(String test, Object fact, Map<String, Object> bound) {
        Map<String, Object> values = new LinkedHashMap<>();
        Matcher path = PATH.matcher(test);
        while (path.find()) {
            String name = path.group(1).replaceAll("\\s+", "");
            if (path.group(2) != null) {
                int dot = name.lastIndexOf('.');
                name = dot < 0 ? "" : name.substring(0, dot);
            }
            if (name.isEmpty()
                    || WORDS.contains(name)
                    || Character.isUpperCase(name.charAt(0))
                    || values.containsKey(name)) {
                continue;
            }
            Object value = value(name, fact, bound);
            if (plain(value)) {
                values.put(name, value);
            }
        }
        return values;
    }

    private static boolean plain(Object value) {
        return value == null
                || value instanceof Number
                || value instanceof String
                || value instanceof Boolean
                || value instanceof Enum<?>
                || value instanceof Iterable<?>
                || value instanceof Map<?, ?>;
    }

    private Object value(String expression, Object fact, Map<String, Object> bound) {
        try {
            Serializable compiled = MVEL.compileExpression(expression, new ParserContext(imports));
            return MVEL.executeExpression(compiled, fact, new HashMap<>(bound));
        } catch (RuntimeException | LinkageError unreadable) {
            return null;
        }
    }

    private static boolean isMembership(ConstraintConnectiveDescr any) {
        if (any.getDescrs().size() < 2 || !any.getConnective().toString().equals("||")) {
            return false;
        }
        String left = null;
        for (BaseDescr d : any.getDescrs()) {
            if (!(d instanceof RelationalExprDescr r)
                    || !"==".equals(r.getOperator())
                    || r.isNegated()
                    || !(r.getLeft() instanceof AtomicExprDescr l)
                    || !(r.getRight() instanceof AtomicExprDescr)) {
                return false;
            }
            if (left != null && !left.equals(l.getExpression())) {
                return false;
            }
            left = l.getExpression();
        }
        return true;
    }

    /**
     * The test as one relation or one connective, as Drools' parser reads it; null when it cannot.
     */
    private static BaseDescr parse(String test) {
        DrlExprParser parser = DrlExprParserFactory.getDrlExprParser(LanguageLevelOption.DRL6);
        ConstraintConnectiveDescr parsed;
        try {
            parsed = parser.parse(test);
        } catch (RuntimeException e) {
            return null;
        }
        if (parser.hasErrors() || parsed == null || parsed.getDescrs().size() != 1) {
            return null;
        }
        return parsed.getDescrs().get(0);
    }
}
