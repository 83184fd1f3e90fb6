package org.allyadvisor.facts.read;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.allyadvisor.facts.Ally;
import org.allyadvisor.facts.FactSchema;
import org.allyadvisor.facts.Provenance;
import org.allyadvisor.facts.Provenances;
import org.allyadvisor.facts.Region;

/**
 * Gives the values of a fact set their origins: the provenance declarations of its files, then the
 * analysts' judgements, which only fill gaps. A judgement that contradicts a value the facts
 * already give is refused, since it would pass an analyst's view off as the record or be silently
 * ignored; two judgements of the same value are refused too.
 */
final class Origins {

    private final List<FactProblem> problems;
    private final Map<String, Map<String, Provenance>> allies = new TreeMap<>();
    private final Map<String, Map<String, Provenance>> regions = new TreeMap<>();
    private final Map<String, Loc> declared = new HashMap<>();
    private final Map<String, Loc> judged = new HashMap<>();

    Origins(List<FactProblem> problems) {
        this.problems = problems;
    }

    Provenances provenances() {
        return new Provenances(allies, regions);
    }

    /** Records what the provenance declarations say of the values the allies have. */
    void declare(List<FileFacts> files, List<Ally> built) {
        Map<String, Ally> byId = index(built);
        for (FileFacts file : files) {
            for (FileFacts.ProvenanceDraft declaration : file.provenance()) {
                List<String> ids = new ArrayList<>();
                if (declaration.allies() == null) {
                    ids.addAll(byId.keySet());
                } else {
                    declaration
                            .allies()
                            .forEach(
                                    (id, loc) -> {
                                        if (byId.containsKey(id)) {
                                            ids.add(id);
                                        } else {
                                            problems.add(
                                                    loc.problem(
                                                            "provenance.allies",
                                                            "no ally '"
                                                                    + id
                                                                    + "' in the fact set"));
                                        }
                                    });
                }
                declaration
                        .fields()
                        .forEach(
                                (path, loc) -> {
                                    if (!ProvenanceReader.FIELDS.contains(path)) {
                                        return; // reported by the reader
                                    }
                                    for (String id : ids) {
                                        Loc first = declared.putIfAbsent(id + " " + path, loc);
                                        if (first != null) {
                                            problems.add(
                                                    loc.problem(
                                                            "provenance.fields",
                                                            "the origin of "
                                                                    + path
                                                                    + " for "
                                                                    + id
                                                                    + " is already declared at "
                                                                    + first.where()));
                                        } else if (isKnown(byId.get(id), path)) {
                                            allies.computeIfAbsent(id, k -> new TreeMap<>())
                                                    .put(path, declaration.provenance());
                                        }
                                    }
                                });
            }
        }
    }

    /** The allies with the gaps that judgements fill, filled. */
    List<Ally> judgeAllies(List<FileFacts> files, List<Ally> built) {
        Map<String, Ally> byId = index(built);
        Map<String, Map<String, Object>> fills = new LinkedHashMap<>();
        for (FileFacts file : files) {
            for (FileFacts.JudgementDraft judgement : file.judgements()) {
                if (judgement.region() || judgement.id() == null) {
                    continue;
                }
                Ally ally = byId.get(judgement.id());
                if (ally == null) {
                    problems.add(
                            judgement
                                    .idLoc()
                                    .problem(
                                            judgement.label() + ".id",
                                            "no ally '" + judgement.id() + "' in the fact set"));
                    continue;
                }
                Map<String, Object> given = FactSchema.values(ally);
                judgement
                        .values()
                        .forEach(
                                (path, value) -> {
                                    Object typed =
                                            FactSchema.values(
                                                            FactSchema.with(
                                                                    ally, Map.of(path, value)))
                                                    .get(path);
                                    if (once(judgement, path)
                                            && agreesOrFills(
                                                    judgement, path, given.get(path), typed)) {
                                        if (given.get(path) == null) {
                                            fills.computeIfAbsent(ally.id(), k -> new HashMap<>())
                                                    .put(path, value);
                                            allies.computeIfAbsent(ally.id(), k -> new TreeMap<>())
                                                    .put(path, judgement.provenance());
                                        }
                                    }
                                });
            }
        }
        return built.stream()
                .map(a -> fills.containsKey(a.id()) ? FactSchema.with(a, fills.get(a.id())) : a)
                .toList();
    }

    /**
     * The regions with the activity that judgements give them; a judged region must be one the set
     * knows.
     */
    List<Region> judgeRegions(
            List<FileFacts> files, List<Region> declaredRegions, List<Ally> built) {
        Map<String, Region> byId = new LinkedHashMap<>();
        declaredRegions.forEach(r -> byId.put(r.id(), r));
        boolean open = declaredRegions.isEmpty();
        java.util.Set<String> usedByAllies = new java.util.HashSet<>();
        built.forEach(a -> usedByAllies.add(a.region()));
        for (FileFacts file : files) {
            for (FileFacts.JudgementDraft judgement : file.judgements()) {
                if (!judgement.region() || judgement.id() == null) {
                    continue;
                }
                String id = judgement.id();
                if (!byId.containsKey(id) && !(open && usedByAllies.contains(id))) {
                    problems.add(
                            judgement
                                    .idLoc()
                                    .problem(
                                            judgement.label() + ".region",
                                            "no region '"
                                                    + id
                                                    + "' in the fact set"
                                                    + (byId.isEmpty()
                                                            ? ""
                                                            : "; it has "
                                                                    + String.join(
                                                                            ", ", byId.keySet()))));
                    continue;
                }
                Region region = byId.getOrDefault(id, new Region(id, null));
                Object value = judgement.values().get(Region.ACTIVITY);
                if (value != null
                        && once(judgement, Region.ACTIVITY)
                        && agreesOrFills(
                                judgement, Region.ACTIVITY, region.emergingPowerActivity(), value)
                        && region.emergingPowerActivity() == null) {
                    byId.put(id, new Region(id, (Integer) value));
                    regions.computeIfAbsent(id, k -> new TreeMap<>())
                            .put(Region.ACTIVITY, judgement.provenance());
                }
            }
        }
        return List.copyOf(byId.values());
    }

    private boolean once(FileFacts.JudgementDraft judgement, String path) {
        Loc first =
                judged.putIfAbsent(
                        (judgement.region() ? "region " : "") + judgement.id() + " " + path,
                        judgement.idLoc());
        if (first != null) {
            problems.add(
                    judgement
                            .idLoc()
                            .problem(
                                    judgement.label() + "." + path,
                                    "already judged at "
                                            + first.where()
                                            + "; keep one judgement per value"));
            return false;
        }
        return true;
    }

    private boolean agreesOrFills(
            FileFacts.JudgementDraft judgement, String path, Object given, Object judgedValue) {
        if (given == null || Objects.equals(given, judgedValue)) {
            return true;
        }
        problems.add(
                judgement
                        .idLoc()
                        .problem(
                                judgement.label() + "." + path,
                                "the judgement "
                                        + shown(judgedValue)
                                        + " contradicts the value "
                                        + shown(given)
                                        + " the facts give; a judgement only fills a gap"));
        return false;
    }

    private static String shown(Object value) {
        return value instanceof List<?> list ? list.toString() : String.valueOf(value);
    }

    private static boolean isKnown(Ally ally, String path) {
        return path.equals(FactSchema.TIES)
                ? ally.ties() != null
                : FactSchema.values(ally).get(path) != null;
    }

    private static Map<String, Ally> index(List<Ally> built) {
        Map<String, Ally> byId = new LinkedHashMap<>();
        built.forEach(a -> byId.put(a.id(), a));
        return byId;
    }
}
