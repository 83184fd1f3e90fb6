package org.allyadvisor.rules;

import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.allyadvisor.facts.Ally;
import org.allyadvisor.facts.CapabilityLevel;
import org.allyadvisor.facts.FactField;
import org.allyadvisor.facts.FactSchema;
import org.allyadvisor.facts.Region;
import org.allyadvisor.facts.SupportLevel;
import org.allyadvisor.facts.Tie;
import org.allyadvisor.policy.Thresholds;
import org.allyadvisor.text.Numbers;

/**
 * What {@code validate} checks in the rules' conditions, comparison by comparison ({@code path OP
 * value} inside a pattern):
 *
 * <ul>
 *   <li>a comparison of values of kinds that cannot be compared, text against a number ({@code
 *       Ally( name > 3 )}): Drools compiles it without a word, and it never means what it says;
 *   <li>a comparison that can never hold given the thresholds: a fact with a known range ({@code
 *       interoperability.score}, 0..100) held against a threshold past the end of it ({@code score
 *       < $interoperability.lowScore} with {@code lowScore: 0}), under every US support scenario or
 *       under some. Thresholds that contradict each other (a band whose low end is above its high
 *       end) are refused as the thresholds are read, before these checks run.
 * </ul>
 */
final class ConditionChecks {

    private static final Pattern COMPARISON =
            Pattern.compile(
                    "^(?:\\$\\w+\\s*:\\s*)?([A-Za-z_][\\w.]*)\\s*(==|!=|<=|>=|<|>)\\s*(.+?)\\s*$");
    private static final Pattern NUMBER = Pattern.compile("-?\\d+(\\.\\d+)?[dDfFlL]?");
    private static final Pattern TEXT = Pattern.compile("\"[^\"]*\"|'[^']*'");
    private static final Pattern READ =
            Pattern.compile("(\\$\\w+)\\s*\\.\\s*([A-Za-z_]\\w*)\\s*(\\(([^()]*)\\))?");
    private static final Pattern INLINE_BINDING =
            Pattern.compile("^(\\$\\w+)\\s*:\\s*([A-Za-z_][\\w.]*)$");

    private final RuleSet rules;
    private final FactTypes types;

    private ConditionChecks(RuleSet rules, ParsedRules parsed) {
        this.rules = rules;
        this.types = new FactTypes(parsed);
    }

    static List<RuleWarning> check(RuleSet rules, ParsedRules parsed) {
        ConditionChecks checks = new ConditionChecks(rules, parsed);
        List<RuleWarning> found = new ArrayList<>();
        for (ParsedRules.Parsed rule : parsed.rules()) {
            checks.check(rule, found);
        }
        return found;
    }

    private void check(ParsedRules.Parsed rule, List<RuleWarning> found) {
        Map<String, FactTypes.Type> bound = new HashMap<>();
        for (ParsedRules.Pattern pattern : rule.patterns()) {
            Optional<FactTypes.Type> type = types.named(pattern.type());
            if (type.isEmpty()) {
                continue;
            }
            if (!pattern.binding().isEmpty()) {
                bound.put(pattern.binding(), type.get());
            }
            for (ParsedRules.Constraint constraint : pattern.constraints()) {
                Matcher inline = INLINE_BINDING.matcher(constraint.text().strip());
                if (inline.matches()) {
                    types.of(type.get(), inline.group(2))
                            .ifPresent(t -> bound.put(inline.group(1), t));
                }
            }
        }
        for (ParsedRules.Pattern pattern : rule.patterns()) {
            Optional<FactTypes.Type> type = types.named(pattern.type());
            if (type.isEmpty()) {
                continue;
            }
            for (ParsedRules.Constraint constraint : pattern.constraints()) {
                for (String part : constraint.text().split("&&|\\|\\|")) {
                    Matcher comparison = COMPARISON.matcher(part.strip());
                    if (comparison.matches()) {
                        compare(rule, pattern, type.get(), constraint, comparison, bound, found);
                    }
                }
            }
        }
    }

    private void compare(
            ParsedRules.Parsed rule,
            ParsedRules.Pattern pattern,
            FactTypes.Type on,
            ParsedRules.Constraint constraint,
            Matcher comparison,
            Map<String, FactTypes.Type> bound,
            List<RuleWarning> found) {
        String path = comparison.group(1);
        String operator = comparison.group(2);
        String value = comparison.group(3);
        Optional<FactTypes.Type> left = types.of(on, path);
        if (left.isEmpty() || value.equals("null")) {
            return;
        }
        FactTypes.Kind leftKind = FactTypes.kind(left.get());
        FactTypes.Kind rightKind = kindOf(value, bound);
        String written = pattern.type() + "( " + comparison.group().strip() + " )";
        if (!leftKind.comparableWith(rightKind)) {
            found.add(
                    new RuleWarning(
                            rule.file(),
                            constraint.line(),
                            "rule \""
                                    + rule.name()
                                    + "\": "
                                    + written
                                    + " compares "
                                    + path
                                    + " ("
                                    + leftKind.said
                                    + ") with "
                                    + value
                                    + " ("
                                    + rightKind.said
                                    + "); Drools compiles this, but it never means what it says"));
            return;
        }
        range(on, path)
                .ifPresent(
                        range ->
                                neverHolds(
                                        rule,
                                        constraint,
                                        written,
                                        path,
                                        operator,
                                        value,
                                        range,
                                        bound,
                                        found));
    }

    private FactTypes.Kind kindOf(String value, Map<String, FactTypes.Type> bound) {
        if (NUMBER.matcher(value).matches()) {
            return FactTypes.Kind.NUMBER;
        }
        if (TEXT.matcher(value).matches()) {
            return FactTypes.Kind.TEXT;
        }
        if (value.equals("true") || value.equals("false")) {
            return FactTypes.Kind.BOOLEAN;
        }
        Matcher read = READ.matcher(value);
        if (read.matches() && bound.containsKey(read.group(1))) {
            FactTypes.Type on = bound.get(read.group(1));
            Optional<FactTypes.Type> type =
                    read.group(3) == null
                            ? types.of(on, read.group(2))
                            : types.method(on, read.group(2));
            return type.map(FactTypes::kind).orElse(FactTypes.Kind.OTHER);
        }
        if (value.matches("\\$\\w+") && bound.containsKey(value)) {
            return FactTypes.kind(bound.get(value));
        }
        return FactTypes.Kind.OTHER;
    }

    /** The range of values a fact field can take, where the fact vocabulary fixes one. */
    private static Optional<double[]> range(FactTypes.Type on, String path) {
        Class<?> type = on.type();
        if (type == Ally.class) {
            return FactSchema.field(path)
                    .filter(f -> f.min() != null || f.max() != null)
                    .map(
                            f ->
                                    new double[] {
                                        f.min() == null ? Double.NEGATIVE_INFINITY : f.min(),
                                        f.max() == null ? Double.POSITIVE_INFINITY : f.max()
                                    });
        }
        if (type == Tie.class && path.equals("strength")) {
            return Optional.of(
                    new double[] {FactSchema.MIN_TIE_STRENGTH, FactSchema.MAX_TIE_STRENGTH});
        }
        if (type == Region.class && path.equals("emergingPowerActivity")) {
            return Optional.of(new double[] {FactSchema.MIN_ACTIVITY, FactSchema.MAX_ACTIVITY});
        }
        if (type == CapabilityLevel.class && path.equals("maturity")) {
            FactField any = FactSchema.field("capabilities.cyberDefense").orElseThrow();
            return Optional.of(new double[] {any.min(), any.max()});
        }
        return Optional.empty();
    }

    private void neverHolds(
            ParsedRules.Parsed rule,
            ParsedRules.Constraint constraint,
            String written,
            String path,
            String operator,
            String value,
            double[] range,
            Map<String, FactTypes.Type> bound,
            List<RuleWarning> found) {
        Set<SupportLevel> never = EnumSet.noneOf(SupportLevel.class);
        String threshold = null;
        Map<SupportLevel, Double> values = new HashMap<>();
        for (SupportLevel level : SupportLevel.values()) {
            Optional<Double> v;
            if (NUMBER.matcher(value).matches()) {
                v = Optional.of(Double.parseDouble(value.replaceAll("[dDfFlL]$", "")));
            } else {
                Matcher read = READ.matcher(value);
                if (!read.matches() || read.group(3) != null && !read.group(4).isBlank()) {
                    return;
                }
                threshold = thresholdPath(bound.get(read.group(1)), read.group(2)).orElse(null);
                if (threshold == null) {
                    return;
                }
                v = thresholdValue(rules.thresholds(level), threshold);
            }
            if (v.isEmpty()) {
                return;
            }
            values.put(level, v.get());
            if (cannotHold(operator, v.get(), range[0], range[1])) {
                never.add(level);
            }
        }
        if (never.isEmpty()) {
            return;
        }
        String under =
                never.size() == SupportLevel.values().length
                        ? "under every US support scenario"
                        : "under "
                                + String.join(
                                        " and ", never.stream().map(SupportLevel::name).toList());
        SupportLevel example = never.iterator().next();
        String what =
                threshold == null ? value : threshold + " " + Numbers.plain(values.get(example));
        found.add(
                new RuleWarning(
                        rule.file(),
                        constraint.line(),
                        "rule \""
                                + rule.name()
                                + "\": "
                                + written
                                + " can never hold "
                                + under
                                + ": "
                                + path
                                + " takes values "
                                + rangeText(range)
                                + ", and "
                                + what
                                + " is past that end; the rule never fires"));
    }

    private static String rangeText(double[] range) {
        if (Double.isInfinite(range[1])) {
            return "from " + Numbers.plain(range[0]);
        }
        return Double.isInfinite(range[0])
                ? "up to " + Numbers.plain(range[1])
                : Numbers.plain(range[0]) + ".." + Numbers.plain(range[1]);
    }

    private static boolean cannotHold(String operator, double v, double min, double max) {
        return switch (operator) {
            case "<" -> v <= min;
            case "<=" -> v < min;
            case ">" -> v >= max;
            case ">=" -> v > max;
            case "==" -> v < min || v > max;
            default -> false;
        };
    }

    /**
     * {@code budget.floorPctGdp} for {@code floorPctGdp} read on the policy fact of the budget
     * section.
     */
    private static Optional<String> thresholdPath(FactTypes.Type policy, String name) {
        if (policy == null || policy.type() == null) {
            return Optional.empty();
        }
        for (RecordComponent section : Thresholds.class.getRecordComponents()) {
            if (section.getType() == policy.type()
                    && Thresholds.RULE_SECTIONS.contains(section.getName())) {
                for (RecordComponent component : policy.type().getRecordComponents()) {
                    if (component.getName().equals(name)) {
                        return Optional.of(section.getName() + "." + name);
                    }
                }
            }
        }
        return Optional.empty();
    }

    private static Optional<Double> thresholdValue(Thresholds thresholds, String path) {
        try {
            String[] steps = path.split("\\.");
            Object section = Thresholds.class.getMethod(steps[0]).invoke(thresholds);
            Object value = section.getClass().getMethod(steps[1]).invoke(section);
            return value instanceof Number n ? Optional.of(n.doubleValue()) : Optional.empty();
        } catch (ReflectiveOperationException | RuntimeException unreadable) {
            return Optional.empty();
        }
    }
}
