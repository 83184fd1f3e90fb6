package org.allyadvisor.facts.read;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.allyadvisor.facts.Ally;
import org.allyadvisor.facts.Budget;
import org.allyadvisor.facts.FactField;
import org.allyadvisor.facts.FactSchema;
import org.allyadvisor.facts.FactSet;
import org.allyadvisor.facts.Provenance;
import org.allyadvisor.facts.Provenances;
import org.allyadvisor.text.NearestName;

/**
 * Values given for single fields of allies outside their fact file, such as a rule scenario's
 * {@code AAA.budget.defensePctGdp: 1.9}: each checked as a fact file's value is (type, range,
 * allowed names, the nearest field name for a misspelt one), and a missing value ({@code ~}) making
 * the field a data gap.
 */
public final class FactChanges {

    private static final Set<String> IDENTITY = Set.of("id", "name", "region");
    private static final String SHARE = "budget.defensePctGdp";
    private static final String GDP = "budget.gdpUsdBn";
    private static final String SPENDING = "budget.defenseUsdM";

    /** The fields a change may set: every ally field but the three that say which ally it is. */
    private static final Map<String, FactField> CHANGEABLE = changeable();

    private FactChanges() {}

    private static Map<String, FactField> changeable() {
        Map<String, FactField> fields = new LinkedHashMap<>();
        FactSchema.allyFields().stream()
                .filter(f -> !IDENTITY.contains(f.path()))
                .forEach(f -> fields.put(f.path(), f));
        return fields;
    }

    /**
     * The fact set with the changes in place. A changed value was given by whoever wrote the
     * change, so it loses the origin (source, judgement) the fact set declared for the old one.
     *
     * @param changes a mapping of {@code ALLY.FIELD: value}
     * @param shownName the file the changes are written in, as messages name it
     * @throws BadFactsException listing every change that is wrong
     */
    public static FactSet apply(FactSet facts, Node changes, String shownName)
            throws BadFactsException {
        Problems problems = new Problems(shownName);
        Map<String, Map<String, Object>> byAlly = read(facts, changes, problems);
        if (!problems.list().isEmpty()) {
            throw new BadFactsException(problems.list());
        }
        if (byAlly.isEmpty()) {
            return facts;
        }
        List<Ally> allies = new ArrayList<>();
        for (Ally ally : facts.allies()) {
            Map<String, Object> change = byAlly.get(ally.id());
            allies.add(change == null ? ally : FactSchema.with(ally, rederived(ally, change)));
        }
        return new FactSet(
                facts.meta(),
                facts.regions(),
                allies,
                withoutOrigins(facts.provenance(), byAlly),
                facts.ranges());
    }

    /**
     * The change, with the share of GDP derived again when it changes spending or GDP and the
     * facts' share is the one derived from them: a share the facts gave on their own (from another
     * GDP series, say) is kept as given.
     */
    private static Map<String, Object> rederived(Ally ally, Map<String, Object> change) {
        if (change.containsKey(SHARE)
                || !(change.containsKey(GDP) || change.containsKey(SPENDING))) {
            return change;
        }
        Budget budget = ally.budget();
        Budget derived =
                new Budget(budget.gdpUsdBn(), budget.defenseUsdM(), null, null, null)
                        .withDerivedShare();
        if (budget.defensePctGdp() == null
                || !budget.defensePctGdp().equals(derived.defensePctGdp())) {
            return change;
        }
        Map<String, Object> withShare = new HashMap<>(change);
        withShare.put(SHARE, null); // the ally derives it again from the new figures
        return withShare;
    }

    private static Map<String, Map<String, Object>> read(
            FactSet facts, Node changes, Problems problems) {
        Map<String, Map<String, Object>> byAlly = new HashMap<>();
        if (changes == null || changes.isMissing()) {
            return byAlly;
        }
        if (!(changes instanceof Node.Mapping mapping)) {
            problems.at(
                    changes,
                    "",
                    "expected changes as ALLY.FIELD: value, such as AAA.budget.defensePctGdp: 1.9, got "
                            + changes.describe());
            return byAlly;
        }
        Set<String> seen = new HashSet<>();
        for (Node.Entry entry : mapping.entries()) {
            String key = entry.key();
            int dot = key.indexOf('.');
            if (dot < 0) {
                problems.at(
                        entry.line(),
                        entry.column(),
                        key,
                        "expected ALLY.FIELD, such as AAA.budget.defensePctGdp, got '"
                                + shorter(key)
                                + "'");
                continue;
            }
            String id = key.substring(0, dot);
            String path = key.substring(dot + 1);
            if (facts.ally(id).isEmpty()) {
                problems.at(entry.line(), entry.column(), key, noSuchAlly(id, facts));
                continue;
            }
            FactField field = CHANGEABLE.get(path);
            if (path.equals(FactSchema.TIES)) {
                problems.at(
                        entry.line(),
                        entry.column(),
                        key,
                        "ties join two allies and cannot be changed one ally at a "
                                + "time; write the facts with the ties wanted, in a file or inline");
                continue;
            }
            if (field == null) {
                problems.at(
                        entry.line(),
                        entry.column(),
                        key,
                        Keys.unknownField(path, List.copyOf(CHANGEABLE.keySet())));
                continue;
            }
            if (!seen.add(key)) {
                problems.at(entry.line(), entry.column(), key, "duplicate field '" + key + "'");
                continue;
            }
            Node value = entry.value();
            if (value.isMissing()) {
                byAlly.computeIfAbsent(id, k -> new HashMap<>())
                        .put(path, null); // "~": the field becomes a gap
                continue;
            }
            Object read = Values.read(field, value, key, problems);
            if (read != null) {
                byAlly.computeIfAbsent(id, k -> new HashMap<>()).put(path, read);
            }
        }
        return byAlly;
    }

    private static String noSuchAlly(String id, FactSet facts) {
        List<String> ids = facts.allies().stream().map(Ally::id).toList();
        return NearestName.among(id, ids)
                .map(
                        best ->
                                "no ally '"
                                        + shorter(id)
                                        + "' in the facts; did you mean '"
                                        + best
                                        + "'?")
                .orElseGet(
                        () ->
                                "no ally '"
                                        + shorter(id)
                                        + "' in the facts; they have "
                                        + String.join(", ", ids));
    }

    private static String shorter(String text) {
        return text.length() > 40 ? text.substring(0, 37) + "..." : text;
    }

    private static Provenances withoutOrigins(
            Provenances origins, Map<String, Map<String, Object>> changed) {
        Map<String, Map<String, Provenance>> allies = new TreeMap<>();
        origins.allies()
                .forEach(
                        (id, fields) -> {
                            Map<String, Provenance> kept = new TreeMap<>(fields);
                            kept.keySet().removeAll(changed.getOrDefault(id, Map.of()).keySet());
                            allies.put(id, kept);
                        });
        return new Provenances(allies, origins.regions());
    }
}
