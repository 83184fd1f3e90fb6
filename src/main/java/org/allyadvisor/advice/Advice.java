package org.allyadvisor.advice;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.allyadvisor.facts.Capability;
import org.kie.api.definition.rule.Rule;
import org.kie.api.runtime.rule.RuleContext;

/**
 * What rule consequences use to state their advice: an action, a risk or a coalition, with a
 * rationale in plain words and the evidence behind it. The rule's id and category come from its own
 * metadata, so a consequence names only what is particular to it:
 *
 * <pre>
 * insert(Advice.action(drools, $id, "raise-to-floor", Priority.HIGH)
 *     .title("Raise defense spending to the %s%% of GDP floor", $budget.floorPctGdp())
 *     .rationale("Defense spending is %s%% of GDP.", $pct)
 *     .fact("budget.defensePctGdp", $pct)
 *     .threshold("budget.floorPctGdp", $budget.floorPctGdp())
 *     .distance("pointsBelowFloor", $budget.floorPctGdp() - $pct)
 *     .proposal());
 * </pre>
 *
 * Numbers in titles and rationales are written plainly, with at most two decimals.
 */
public final class Advice {

    private Advice() {}

    public static ActionDraft action(
            RuleContext drools, String ally, String key, Priority severity) {
        return new ActionDraft(drools.getRule(), ally, key, severity);
    }

    public static RiskDraft risk(
            RuleContext drools, String ally, RiskKind kind, Priority severity) {
        return new RiskDraft(drools.getRule(), ally, kind, severity);
    }

    public static CoalitionDraft coalition(
            RuleContext drools,
            String region,
            Capability capability,
            String provider,
            String receiver) {
        return new CoalitionDraft(
                drools.getRule(), region, capability, List.of(provider, receiver));
    }

    /**
     * A change in percent as prose, its direction in words: "grew by 2%", "fell by 1.41%", "did not
     * change".
     */
    public static String change(double pct) {
        if (pct == 0) {
            return "did not change";
        }
        return (pct > 0 ? "grew by " : "fell by ") + plain(Math.abs(pct)) + "%";
    }

    /** Items in sorted order as prose: "a", "a and b", "a, b and c". */
    public static String listed(Collection<?> items) {
        List<String> sorted = sorted(items);
        if (sorted.size() <= 1) {
            return String.join("", sorted);
        }
        return String.join(", ", sorted.subList(0, sorted.size() - 1))
                + " and "
                + sorted.get(sorted.size() - 1);
    }

    /**
     * Items as a sorted list of their prose forms, for evidence that must read the same every run.
     */
    public static List<String> sorted(Collection<?> items) {
        return items.stream().map(Advice::plain).sorted().distinct().toList();
    }

    /** A value as written in prose: numbers with at most two decimals and no trailing zeros. */
    public static String plain(Object value) {
        if (value instanceof Double || value instanceof Float) {
            double number = ((Number) value).doubleValue();
            if (isWhole(number)) {
                return Long.toString(
                        (long) number); // what the decimal route gives a whole number, without its
                // cost
            }
            return BigDecimal.valueOf(number)
                    .setScale(2, RoundingMode.HALF_UP)
                    .stripTrailingZeros()
                    .toPlainString();
        }
        if (value instanceof Capability capability) {
            return capability.label();
        }
        return String.valueOf(value);
    }

    /**
     * To two decimals; a value that is not a number stays as it is, for the check that refuses it
     * to name.
     */
    static double rounded(double value) {
        if (isWhole(value)) {
            return value
                    + 0.0; // already round; + 0.0 turns -0.0 into 0.0, as the decimal route does
        }
        return Double.isFinite(value)
                ? BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_UP).doubleValue()
                : value;
    }

    /**
     * Whether a number is whole and small enough that a long holds it exactly: rule consequences
     * write many such numbers (levels, counts, thresholds), and they need no decimal arithmetic.
     */
    private static boolean isWhole(double value) {
        return Math.abs(value) < 1e15 && value == Math.rint(value);
    }

    /** Every piece of advice needs this part; a rule that gives none fails as it fires. */
    static void required(Object part, String what) {
        if (part == null) {
            throw new IllegalArgumentException("advice needs " + what + ", got null");
        }
    }

    static String metadata(Rule rule, String key) {
        Object value = rule.getMetaData().get(key);
        if (value == null) {
            throw new IllegalStateException("rule \"" + rule.getName() + "\" has no @" + key);
        }
        return value.toString();
    }

    /**
     * What every kind of advice shares: the rule that gives it, its words and its evidence. Public
     * so that a rule-file function can add evidence to any kind of advice.
     */
    public abstract static class Draft<D extends Draft<D>> {
        final Rule rule;
        String title = "";
        String rationale = "";
        final Map<String, Object> evidence = new LinkedHashMap<>();
        Distance distance;

        Draft(Rule rule) {
            this.rule = rule;
        }

        @SuppressWarnings("unchecked")
        private D self() {
            return (D) this;
        }

        public D title(String template, Object... args) {
            this.title = format(template, args);
            return self();
        }

        public D rationale(String template, Object... args) {
            this.rationale = format(template, args);
            return self();
        }

        /** A fact value, by its path in fact files ({@code budget.defensePctGdp}). */
        public D fact(String path, Object value) {
            evidence.put(path, value instanceof Enum<?> e ? e.name() : value);
            return self();
        }

        /** A threshold, by its path in the thresholds file ({@code budget.floorPctGdp}). */
        public D threshold(String path, Object value) {
            evidence.put("threshold." + path, value instanceof Enum<?> e ? e.name() : value);
            return self();
        }

        /** A scenario value ({@code usSupportLevel}). */
        public D scenario(String name, Object value) {
            evidence.put("scenario." + name, value instanceof Enum<?> e ? e.name() : value);
            return self();
        }

        /**
         * A value the rule computed from facts and thresholds; fractions are rounded to two
         * decimals.
         */
        public D derived(String name, Object value) {
            evidence.put(
                    "derived." + name,
                    value instanceof Double || value instanceof Float
                            ? rounded(((Number) value).doubleValue())
                            : value);
            return self();
        }

        /**
         * How far past its line the rule found the ally, in the rule's own measure (a name under
         * {@code scoring.distance.full} in the thresholds file): the further, the higher the score.
         * Written with the measure's name as a literal, so that loading the rules can check it. A
         * rule whose condition has no degrees states none and weighs in full. Shown in the evidence
         * as {@code distance.<measure>}.
         */
        public D distance(String measure, double value) {
            this.distance =
                    new Distance(
                            measure,
                            rounded(value)); // to two decimals, like the evidence it shows in
            evidence.put("distance." + measure, distance.value());
            return self();
        }

        String ruleId() {
            return metadata(rule, "id");
        }

        /**
         * The evidence as output shows it: enums by name, collections as sorted lists, so every run
         * reads the same.
         */
        Evidence evidence() {
            Map<String, Object> stable = new LinkedHashMap<>();
            evidence.forEach(
                    (key, value) ->
                            stable.put(
                                    key,
                                    value instanceof Collection<?> items ? sorted(items) : value));
            return new Evidence(stable);
        }

        /**
         * The template with each {@code %s} replaced by the next argument in plain words. Rules
         * write only {@code %s} and {@code %%}, which this fills directly, as every firing does it;
         * any other conversion goes to {@link String#format}, which fills or refuses it as always.
         */
        static String format(String template, Object... args) {
            StringBuilder text = new StringBuilder(template.length() + 8 * args.length);
            int next = 0;
            for (int i = 0; i < template.length(); i++) {
                char c = template.charAt(i);
                if (c != '%') {
                    text.append(c);
                    continue;
                }
                char conversion = i + 1 < template.length() ? template.charAt(i + 1) : 0;
                if (conversion == '%') {
                    text.append('%');
                } else if (conversion == 's' && next < args.length) {
                    text.append(plain(args[next++]));
                } else {
                    return formatted(template, args);
                }
                i++;
            }
            return text.toString();
        }

        private static String formatted(String template, Object... args) {
            List<String> words = new ArrayList<>();
            for (Object arg : args) {
                words.add(plain(arg));
            }
            return String.format(Locale.ROOT, template, words.toArray());
        }
    }

    /**
     * An action a rule is drafting; {@code insert} it, and the engine reads it back as a proposal.
     */
    public static final class ActionDraft extends Draft<ActionDraft> {
        private final String ally;
        private final String key;
        private final Priority severity;

        ActionDraft(Rule rule, String ally, String key, Priority severity) {
            super(rule);
            this.ally = ally;
            this.key = key;
            this.severity = severity;
        }

        public ActionProposal proposal() {
            return new ActionProposal(
                    ally,
                    rule.getName(),
                    ruleId(),
                    Category.valueOf(metadata(rule, "category")),
                    key,
                    severity,
                    title,
                    rationale,
                    evidence(),
                    distance);
        }
    }

    /** A risk a rule is drafting, as {@link ActionDraft} is an action. */
    public static final class RiskDraft extends Draft<RiskDraft> {
        private final String ally;
        private final RiskKind kind;
        private final Priority severity;

        RiskDraft(Rule rule, String ally, RiskKind kind, Priority severity) {
            super(rule);
            this.ally = ally;
            this.kind = kind;
            this.severity = severity;
        }

        public RiskProposal proposal() {
            return new RiskProposal(
                    ally,
                    rule.getName(),
                    ruleId(),
                    kind,
                    severity,
                    rationale,
                    evidence(),
                    distance);
        }
    }

    /**
     * A coalition opportunity a rule is drafting between allies of one region, as {@link
     * ActionDraft} is an action.
     */
    public static final class CoalitionDraft extends Draft<CoalitionDraft> {
        private final String region;
        private final Capability capability;
        private final List<String> members;

        CoalitionDraft(Rule rule, String region, Capability capability, List<String> members) {
            super(rule);
            this.region = region;
            this.capability = capability;
            this.members = members;
        }

        public CoalitionProposal proposal() {
            return new CoalitionProposal(
                    rule.getName(), ruleId(), region, capability, members, rationale, evidence());
        }
    }
}
