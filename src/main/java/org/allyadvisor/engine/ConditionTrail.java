package org.allyadvisor.engine;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.allyadvisor.facts.Ally;
import org.allyadvisor.results.Explanation.Classification;
import org.allyadvisor.results.Explanation.Miss;
import org.allyadvisor.results.Explanation.Observation;
import org.allyadvisor.results.RuleRef;
import org.allyadvisor.rules.LhsElement;
import org.allyadvisor.rules.LhsTest;
import org.allyadvisor.rules.Probe;
import org.allyadvisor.rules.ProbedRules;
import org.allyadvisor.rules.RuleInfo;
import org.allyadvisor.rules.RuleSet;

/**
 * Follows a rule's conditions for one ally through the answers of its probes: how far they hold,
 * and where they stop. A rule's probes run from its first condition to its last, test by test; the
 * first probe with no match about the ally names the condition, and the test, that fails. A
 * classification no rule derived for the ally is followed into the rules that derive it.
 */
final class ConditionTrail {

    /** How deep to follow classifications into the rules that derive them. */
    private static final int MAX_DEPTH = 4;

    /** How many facts a failing test is shown on. */
    private static final int MAX_OBSERVED = 5;

    /**
     * A test that picks the fact of one ally: {@code ally == $id}, {@code id == $from}, or the
     * other way round.
     */
    private static final Pattern IDENTITY =
            Pattern.compile(
                    "^(?:(ally|id|partner)\\s*==\\s*(\\$[\\w$]+)|(\\$[\\w$]+)\\s*==\\s*(ally|id|partner))$");

    private final RuleSet rules;
    private final ProbedRules probed;
    private final ProbeRows rows;
    private final ConstraintValues reading;
    private final Map<String, List<Probe>> probesByRule = new HashMap<>();
    private final Map<String, Probe> blockers = new HashMap<>();

    ConditionTrail(RuleSet rules, ProbedRules probed, ProbeRows rows, ConstraintValues reading) {
        this.rules = rules;
        this.probed = probed;
        this.rows = rows;
        this.reading = reading;
        for (Probe probe : probed.probes()) {
            if (probe.blockers()) {
                blockers.put(probe.rule() + "#" + probe.element(), probe);
            } else {
                probesByRule.computeIfAbsent(probe.rule(), r -> new ArrayList<>()).add(probe);
            }
        }
    }

    /**
     * The matches of the rule's conditions, all of them, that are about the ally; empty when they
     * do not hold.
     */
    List<Map<String, Object>> holding(String rule, Ally ally) {
        List<Probe> probes = probesByRule.getOrDefault(rule, List.of());
        if (probes.isEmpty()) {
            return List.of();
        }
        Probe whole = probes.get(probes.size() - 1);
        return about(rows.of(whole), rule, whole.element(), ally);
    }

    /**
     * The classifications (facts other rules derived) that the rule's matches about the ally hold.
     */
    List<Classification> classifications(String rule, Ally ally) {
        Map<String, Classification> found = new LinkedHashMap<>();
        List<LhsElement> conditions = probed.conditions(rule);
        for (Map<String, Object> row : holding(rule, ally)) {
            for (LhsElement condition : conditions) {
                Object fact = condition.factName() == null ? null : row.get(condition.factName());
                Map<String, Object> fields = probed.declaredFields(fact);
                if (!fields.isEmpty()) {
                    String type = fact.getClass().getSimpleName();
                    found.putIfAbsent(
                            type + fields, new Classification(type, fields, derivedBy(type, ally)));
                }
            }
        }
        return found.values().stream()
                .sorted(
                        java.util.Comparator.comparing((Classification c) -> c.type())
                                .thenComparing(c -> c.fields().toString()))
                .toList();
    }

    /**
     * The rule that derived a classification for the ally: the first of its producers whose
     * conditions hold.
     */
    private RuleRef derivedBy(String type, Ally ally) {
        List<String> producers = probed.producers(type);
        return producers.stream()
                .filter(p -> !holding(p, ally).isEmpty())
                .findFirst()
                .or(() -> producers.stream().findFirst())
                .flatMap(rules::rule)
                .map(RuleInfo::ref)
                .orElse(null);
    }

    /** Why the rule does not fire for the ally; null when its conditions hold for it. */
    Miss miss(String rule, Ally ally) {
        return miss(rule, ally, new LinkedHashSet<>(), null);
    }

    /**
     * Why the rule does not fire for the ally, once for each part the ally could play in it: a rule
     * that pairs allies (REG-2: a strong and a weak neighbour) is followed with the ally as each of
     * them. Empty when its conditions hold for the ally.
     */
    List<Miss> misses(String rule, Ally ally) {
        Miss first = miss(rule, ally);
        if (first == null) {
            return List.of();
        }
        List<Integer> anchors = anchors(rule);
        if (anchors.size() < 2) {
            return List.of(first);
        }
        List<LhsElement> conditions = probed.conditions(rule);
        List<Miss> misses =
                new ArrayList<>(List.of(first.as(conditions.get(anchors.get(0)).type())));
        for (int anchor : anchors.subList(1, anchors.size())) {
            Miss other = miss(rule, ally, new LinkedHashSet<>(), anchor);
            LhsElement as = conditions.get(anchor);
            misses.add(
                    (other != null
                                    ? other
                                    : new Miss(
                                            ref(rule),
                                            Miss.Kind.CONDITIONS_HOLD,
                                            as.text(),
                                            as.at(),
                                            null,
                                            List.of(),
                                            List.of()))
                            .as(as.type()));
        }
        return misses;
    }

    /**
     * The conditions through which an ally can enter the rule: the first whose facts name allies,
     * and each later one whose facts name allies too and are not joined to an earlier ally by a
     * test such as {@code ally == $id} (which makes them the same ally's).
     */
    private List<Integer> anchors(String rule) {
        List<Integer> anchors = new ArrayList<>();
        for (LhsElement condition : probed.conditions(rule)) {
            if (condition.kind() != LhsElement.Kind.PATTERN
                    || (!anchors.isEmpty() && identity(condition) != null)) {
                continue;
            }
            if (AllyScope.namesAllies(probed.typeNamed(condition.type()))) {
                anchors.add(condition.index());
            }
        }
        return anchors;
    }

    /**
     * @param anchor the condition whose fact must be the ally's, the others free to be any ally's;
     *     null to follow the ally through the first fact that names an ally
     */
    private Miss miss(String rule, Ally ally, Set<String> path, Integer anchor) {
        List<Probe> probes = probesByRule.getOrDefault(rule, List.of());
        List<Map<String, Object>> before = List.of(Map.of());
        for (Probe probe : probes) {
            List<Map<String, Object>> matches =
                    accepted(rows.of(probe), rule, probe.element(), ally, anchor);
            if (matches.isEmpty()) {
                Set<String> deeper = new LinkedHashSet<>(path);
                deeper.add(rule);
                return failed(rule, probe, before, ally, deeper, anchor);
            }
            before = matches;
        }
        return null;
    }

    private List<Map<String, Object>> accepted(
            List<Map<String, Object>> matches, String rule, int last, Ally ally, Integer anchor) {
        if (anchor == null) {
            return about(matches, rule, last, ally);
        }
        if (last < anchor) {
            return matches;
        }
        String name = probed.conditions(rule).get(anchor).factName();
        return matches.stream()
                .filter(row -> AllyScope.named(row.get(name)).contains(ally.id()))
                .toList();
    }

    private Miss failed(
            String rule,
            Probe probe,
            List<Map<String, Object>> before,
            Ally ally,
            Set<String> path,
            Integer anchor) {
        LhsElement condition = probed.conditions(rule).get(probe.element());
        RuleRef ref = ref(rule);
        switch (condition.kind()) {
            case NOT -> {
                Probe blocking = blockers.get(rule + "#" + probe.element());
                List<Observation> blockedBy = new ArrayList<>();
                if (blocking != null) {
                    String name = Probe.BLOCKER + probe.element();
                    for (Map<String, Object> row :
                            accepted(rows.of(blocking), rule, probe.element() - 1, ally, anchor)) {
                        Object fact = row.get(name);
                        blockedBy.add(
                                new Observation(
                                        word(fact),
                                        condition.text(),
                                        null,
                                        null,
                                        null,
                                        null,
                                        null,
                                        null,
                                        Map.of()));
                    }
                }
                return new Miss(
                        ref,
                        Miss.Kind.BLOCKED,
                        condition.text(),
                        condition.at(),
                        null,
                        distinct(blockedBy),
                        List.of());
            }
            case PATTERN, ACCUMULATE -> {
                if (probe.tests() == 0) {
                    // a classification is followed into the rules that derive it only where it is
                    // the
                    // ally's own: the first fact of the match that names an ally, not a partner's
                    boolean own =
                            anchor != null
                                    ? anchor == probe.element()
                                    : before.stream()
                                            .allMatch(
                                                    row ->
                                                            namesNoAlly(
                                                                    row,
                                                                    rule,
                                                                    probe.element() - 1));
                    return noFact(ref, condition, ally, own, path);
                }
                LhsTest test = condition.tests().get(probe.tests() - 1);
                List<Map<String, Object>> tried = before;
                Identity identity = identity(condition);
                if (identity != null && probe.tests() <= identity.position()) {
                    tried = before.stream().filter(row -> identity.holds(row, condition)).toList();
                    if (probe.tests() == identity.position() || tried.isEmpty()) {
                        Object joined =
                                tried.isEmpty() && !before.isEmpty()
                                        ? before.get(0).get(identity.variable())
                                        : null;
                        return noFact(
                                ref,
                                condition,
                                ally,
                                joined == null || ally.id().equals(joined),
                                path);
                    }
                }
                List<Observation> observed = new ArrayList<>();
                for (Map<String, Object> row : tried) {
                    Object fact =
                            condition.factName() == null ? null : row.get(condition.factName());
                    observed.add(
                            reading.read(test.text(), fact, fact == null ? null : word(fact), row));
                }
                observed = distinct(observed);
                return new Miss(
                        ref,
                        kind(observed),
                        condition.text(),
                        test.line() > 0
                                ? condition.file() + ":" + test.line() + ":" + test.column()
                                : condition.at(),
                        test.text(),
                        observed,
                        List.of());
            }
            default -> {
                return new Miss(
                        ref,
                        Miss.Kind.CONDITION,
                        condition.text(),
                        condition.at(),
                        null,
                        List.of(),
                        List.of());
            }
        }
    }

    /**
     * No fact of the condition's type for the ally: when the rules derive that type, why none
     * derived it.
     */
    private Miss noFact(
            RuleRef ref,
            LhsElement condition,
            Ally ally,
            boolean followProducers,
            Set<String> path) {
        List<Miss> because = new ArrayList<>();
        if (followProducers && path.size() < MAX_DEPTH) {
            for (String producer : probed.producers(condition.type())) {
                if (path.contains(producer) || rules.rule(producer).isEmpty()) {
                    continue;
                }
                Miss deeper = miss(producer, ally, path, null);
                because.add(
                        deeper != null
                                ? deeper
                                : new Miss(
                                        ref(producer),
                                        Miss.Kind.CONDITIONS_HOLD,
                                        "",
                                        ref(producer).file() + ":" + ref(producer).line(),
                                        null,
                                        List.of(),
                                        List.of()));
            }
        }
        return new Miss(
                ref, Miss.Kind.NO_FACT, condition.text(), condition.at(), null, List.of(), because);
    }

    private static Miss.Kind kind(List<Observation> observed) {
        if (observed.stream().anyMatch(o -> o.operator() != null && o.leftValue() == null)) {
            return Miss.Kind.MISSING_FACT;
        }
        return observed.stream().anyMatch(o -> o.distance() != null)
                ? Miss.Kind.THRESHOLD
                : Miss.Kind.CONDITION;
    }

    /**
     * The observations once each, in the order of the facts' words (match order is the engine's,
     * not ours), at most a few.
     */
    private static List<Observation> distinct(List<Observation> observed) {
        return observed.stream()
                .distinct()
                .sorted(
                        java.util.Comparator.comparing((Observation o) -> String.valueOf(o.fact()))
                                .thenComparing(o -> String.valueOf(o.leftValue())))
                .limit(MAX_OBSERVED)
                .toList();
    }

    /**
     * The matches about the ally, judged by the facts of the rule's conditions up to {@code last}.
     */
    private List<Map<String, Object>> about(
            List<Map<String, Object>> matches, String rule, int last, Ally ally) {
        List<LhsElement> conditions = probed.conditions(rule);
        List<Map<String, Object>> found = new ArrayList<>();
        for (Map<String, Object> row : matches) {
            List<Object> facts = new ArrayList<>();
            for (int i = 0; i <= last && i < conditions.size(); i++) {
                String name = conditions.get(i).factName();
                if (name != null) {
                    facts.add(row.get(name));
                }
            }
            if (AllyScope.about(facts, ally)) {
                found.add(row);
            }
        }
        return found;
    }

    private boolean namesNoAlly(Map<String, Object> row, String rule, int last) {
        List<LhsElement> conditions = probed.conditions(rule);
        for (int i = 0; i <= last && i < conditions.size(); i++) {
            String name = conditions.get(i).factName();
            if (name != null && !AllyScope.named(row.get(name)).isEmpty()) {
                return false;
            }
        }
        return true;
    }

    private RuleRef ref(String rule) {
        return rules.rule(rule).map(RuleInfo::ref).orElse(new RuleRef(rule, "", 0));
    }

    /**
     * A fact in a few words: {@code Ally BEL}, a classification with its fields, a record as Java
     * writes it.
     */
    private String word(Object fact) {
        if (fact instanceof Ally ally) {
            return "Ally " + ally.id();
        }
        Map<String, Object> fields = probed.declaredFields(fact);
        if (!fields.isEmpty()) {
            List<String> parts = new ArrayList<>();
            fields.forEach((name, value) -> parts.add(name + "=" + value));
            return fact.getClass().getSimpleName() + "(" + String.join(", ", parts) + ")";
        }
        return String.valueOf(fact);
    }

    /**
     * The test that picks one ally's fact in a condition, its 1-based position among the tests, and
     * the name it joins.
     */
    private record Identity(int position, String property, String variable) {

        boolean holds(Map<String, Object> row, LhsElement condition) {
            Object fact = condition.factName() == null ? null : row.get(condition.factName());
            Object wanted = row.get(variable);
            return fact != null
                    && wanted != null
                    && wanted.equals(ConditionTrail.property(fact, property));
        }
    }

    private static Identity identity(LhsElement condition) {
        for (int i = 0; i < condition.tests().size(); i++) {
            Matcher m = IDENTITY.matcher(condition.tests().get(i).text().strip());
            if (m.matches()) {
                return m.group(1) != null
                        ? new Identity(i + 1, m.group(1), m.group(2))
                        : new Identity(i + 1, m.group(4), m.group(3));
            }
        }
        return null;
    }

    private static Object property(Object fact, String name) {
        for (String accessor :
                List.of(name, "get" + Character.toUpperCase(name.charAt(0)) + name.substring(1))) {
            try {
                Method method = fact.getClass().getMethod(accessor);
                return method.invoke(fact);
            } catch (ReflectiveOperationException | RuntimeException e) {
                // try the next spelling
            }
        }
        return null;
    }
}
