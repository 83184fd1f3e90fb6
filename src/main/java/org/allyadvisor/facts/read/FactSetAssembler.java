package org.allyadvisor.facts.read;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.allyadvisor.facts.Ally;
import org.allyadvisor.facts.FactRanges;
import org.allyadvisor.facts.FactSet;
import org.allyadvisor.facts.Region;
import org.allyadvisor.facts.Tie;

/**
 * Merges what the files of a set gave into one {@link FactSet}, checking what no single file can:
 * one meta, unique ids, ties between allies of the set, no tie for an ally a none row says has
 * none, allies in declared regions.
 */
final class FactSetAssembler {

    private final List<FileFacts> files;
    private final List<FactProblem> problems;
    private final Map<String, FileFacts.RegionDraft> regions = new LinkedHashMap<>();
    private final Map<String, FileFacts.AllyDraft> allies = new LinkedHashMap<>();

    private FactSetAssembler(List<FileFacts> files, List<FactProblem> problems) {
        this.files = files;
        this.problems = problems;
    }

    /**
     * The fact set, or null when anything is wrong; problems found here are added to {@code
     * problems}, which already holds those of the single files.
     *
     * @param setName the file or folder as the user named it
     */
    static FactSet assemble(String setName, List<FileFacts> files, List<FactProblem> problems) {
        return new FactSetAssembler(files, problems).assemble(setName);
    }

    private FactSet assemble(String setName) {
        FileFacts.MetaDraft meta = meta();
        indexRegions();
        indexAllies(setName);
        checkRegionsDeclared();
        if (!allies.isEmpty()) {
            checkTies(); // with no ally read, every tie would name an unknown ally: one line below
            // says why
        }
        if (allies.isEmpty() && problems.isEmpty()) {
            problems.add(new FactProblem(setName, 0, null, "", "no allies in the fact set"));
        }
        if (!problems.isEmpty()) {
            return null;
        }
        Origins origins = new Origins(problems);
        List<Ally> built = buildAllies();
        origins.declare(files, built);
        List<Region> judgedRegions =
                origins.judgeRegions(
                        files,
                        regions.values().stream().map(FileFacts.RegionDraft::region).toList(),
                        built);
        List<Ally> judgedAllies = origins.judgeAllies(files, built);
        FactRanges ranges = RangeIndex.of(files, allies.keySet(), problems);
        if (!problems.isEmpty()) {
            return null;
        }
        return new FactSet(
                meta == null ? null : meta.meta(),
                judgedRegions,
                judgedAllies,
                origins.provenances(),
                ranges);
    }

    private FileFacts.MetaDraft meta() {
        FileFacts.MetaDraft first = null;
        for (FileFacts file : files) {
            if (file.meta() == null) {
                continue;
            }
            if (first == null) {
                first = file.meta();
            } else {
                problems.add(
                        file.meta()
                                .loc()
                                .problem(
                                        "meta",
                                        "meta is already given (first at "
                                                + first.loc().where()
                                                + ")"));
            }
        }
        return first;
    }

    private void indexRegions() {
        for (FileFacts file : files) {
            for (FileFacts.RegionDraft region : file.regions()) {
                if (region.id() == null) {
                    continue;
                }
                FileFacts.RegionDraft first = regions.putIfAbsent(region.id(), region);
                if (first != null) {
                    problems.add(
                            region.idLoc()
                                    .problem(
                                            region.label() + ".id",
                                            "duplicate region id '"
                                                    + region.id()
                                                    + "' (first at "
                                                    + first.idLoc().where()
                                                    + ")"));
                }
            }
        }
    }

    private void indexAllies(String setName) {
        int given = files.stream().mapToInt(file -> file.allies().size()).sum();
        if (given > AllyReader.MAX_ALLIES) {
            problems.add(
                    new FactProblem(
                            setName,
                            0,
                            null,
                            "",
                            given
                                    + " allies, but ids are three capital letters:"
                                    + " a fact set holds at most "
                                    + AllyReader.MAX_ALLIES
                                    + " allies (26 x 26 x 26)"));
        }
        for (FileFacts file : files) {
            for (FileFacts.AllyDraft ally : file.allies()) {
                if (ally.id() == null) {
                    continue;
                }
                FileFacts.AllyDraft first = allies.putIfAbsent(ally.id(), ally);
                if (first != null) {
                    problems.add(
                            ally.idLoc()
                                    .problem(
                                            ally.label() + ".id",
                                            "duplicate ally id '"
                                                    + ally.id()
                                                    + "' (first at "
                                                    + first.idLoc().where()
                                                    + ")"));
                }
            }
        }
    }

    /** Only a set that declares regions at all is held to them. */
    private void checkRegionsDeclared() {
        if (regions.isEmpty()) {
            return;
        }
        for (FileFacts file : files) {
            for (FileFacts.AllyDraft ally : file.allies()) {
                if (ally.region() != null && !regions.containsKey(ally.region())) {
                    problems.add(
                            ally.regionLoc()
                                    .problem(
                                            ally.label() + ".region",
                                            "region '"
                                                    + ally.region()
                                                    + "' is not declared; declared: "
                                                    + String.join(", ", regions.keySet())));
                }
            }
        }
    }

    private void checkTies() {
        for (FileFacts file : files) {
            for (FileFacts.AllyDraft ally : file.allies()) {
                if (ally.ties() != null) {
                    ally.ties().forEach(this::checkPartner);
                }
            }
            for (FileFacts.TieDraft row : tieRows(file)) {
                if (row.ally() != null && !allies.containsKey(row.ally())) {
                    problems.add(
                            row.allyLoc()
                                    .problem(
                                            row.label() + ".ally",
                                            "tie from unknown ally '" + row.ally() + "'"));
                }
                if (!row.none()) {
                    checkPartner(row);
                }
            }
        }
        checkNoneRows();
    }

    private void checkPartner(FileFacts.TieDraft tie) {
        if (tie.partner() == null) {
            return;
        }
        if (tie.partner().equals(tie.ally())) {
            problems.add(tie.partnerLoc().problem(tie.label() + ".partner", "tie to itself"));
        } else if (!allies.containsKey(tie.partner())) {
            problems.add(
                    tie.partnerLoc()
                            .problem(
                                    tie.label() + ".partner",
                                    "tie to unknown ally '" + tie.partner() + "'"));
        }
    }

    /**
     * A none row says its ally has no tie at all, so no tie of the set, at either end and in any
     * file, may name that ally.
     */
    private void checkNoneRows() {
        // the first located tie that names each ally at either end, in file order: one pass over
        // the ties
        Map<String, FileFacts.TieDraft> firstTieOf = new HashMap<>();
        for (FileFacts file : files) {
            for (FileFacts.AllyDraft ally : file.allies()) {
                if (ally.ties() != null) {
                    ally.ties().forEach(tie -> indexEnds(tie, firstTieOf));
                }
            }
            tieRows(file).stream()
                    .filter(row -> !row.none())
                    .forEach(row -> indexEnds(row, firstTieOf));
        }
        for (FileFacts file : files) {
            for (FileFacts.TieDraft none : tieRows(file)) {
                if (!none.none() || !allies.containsKey(none.ally())) {
                    continue;
                }
                FileFacts.TieDraft t = firstTieOf.get(none.ally());
                if (t != null) {
                    problems.add(
                            none.partnerLoc()
                                    .problem(
                                            none.label() + ".partner",
                                            "a 'none' row says "
                                                    + none.ally()
                                                    + " has no ties, but "
                                                    + t.partnerLoc().where()
                                                    + " ties it to "
                                                    + (none.ally().equals(t.ally())
                                                            ? t.partner()
                                                            : t.ally())));
                }
            }
        }
    }

    private static void indexEnds(
            FileFacts.TieDraft tie, Map<String, FileFacts.TieDraft> firstTieOf) {
        if (tie.partnerLoc() == null) {
            return;
        }
        if (tie.ally() != null) {
            firstTieOf.putIfAbsent(tie.ally(), tie);
        }
        if (tie.partner() != null) {
            firstTieOf.putIfAbsent(tie.partner(), tie);
        }
    }

    private static List<FileFacts.TieDraft> tieRows(FileFacts file) {
        return file.tieRows() == null ? List.of() : file.tieRows();
    }

    /**
     * The allies with their ties. A ties table makes ties known only for the allies it names, in
     * either column: such an ally has the rows where it is the {@code ally} (none when it is only
     * named as a partner: a tie binds both ends, and the rules count both), and a none row ({@code
     * CAN,none,,}) names an ally with no ties at all. An ally the table does not name keeps the
     * ties it declares in YAML/JSON, or unknown ties (null, a data gap) when it declares none: no
     * row is "we do not know", not "no ties".
     */
    private List<Ally> buildAllies() {
        Set<String> named = new HashSet<>();
        Map<String, List<Tie>> rows = new HashMap<>();
        for (FileFacts file : files) {
            for (FileFacts.TieDraft row : tieRows(file)) {
                named.add(row.ally());
                if (!row.none()) {
                    named.add(row.partner());
                    rows.computeIfAbsent(row.ally(), a -> new ArrayList<>()).add(row.tie());
                }
            }
        }
        List<Ally> built = new ArrayList<>();
        for (FileFacts.AllyDraft draft : allies.values()) {
            List<Tie> ties =
                    draft.ties() == null
                            ? null
                            : new ArrayList<>(
                                    draft.ties().stream().map(FileFacts.TieDraft::tie).toList());
            if (named.contains(draft.id())) {
                ties = ties == null ? new ArrayList<>() : ties;
                ties.addAll(rows.getOrDefault(draft.id(), List.of()));
            }
            built.add(draft.ally().toBuilder().ties(ties).build());
        }
        return built;
    }
}
