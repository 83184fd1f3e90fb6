package org.allyadvisor.facts.read;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.allyadvisor.facts.Ally;
import org.allyadvisor.facts.FactSet;
import org.allyadvisor.facts.Tie;

/**
 * Merges what the files of a set gave into one {@link FactSet}, checking what no single file can:
 * one meta, unique ids, ties between allies of the set, allies in declared regions.
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
     * The fact set, or null when anything is wrong; problems found here are added to
     * {@code problems}, which already holds those of the single files.
     *
     * @param setName the file or folder as the user named it
     */
    static FactSet assemble(String setName, List<FileFacts> files, List<FactProblem> problems) {
        return new FactSetAssembler(files, problems).assemble(setName);
    }

    private FactSet assemble(String setName) {
        FileFacts.MetaDraft meta = meta();
        indexRegions();
        indexAllies();
        checkRegionsDeclared();
        checkTies();
        if (allies.isEmpty() && problems.isEmpty()) {
            problems.add(new FactProblem(setName, 0, null, "", "no allies in the fact set"));
        }
        if (!problems.isEmpty()) {
            return null;
        }
        return new FactSet(meta == null ? null : meta.meta(), regions.values().stream().map(
                FileFacts.RegionDraft::region).toList(), buildAllies());
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
                problems.add(file.meta().loc().problem("meta",
                        "meta is already given (first at " + first.loc().where() + ")"));
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
                    problems.add(region.idLoc().problem(region.label() + ".id", "duplicate region id '" + region.id()
                            + "' (first at " + first.idLoc().where() + ")"));
                }
            }
        }
    }

    private void indexAllies() {
        for (FileFacts file : files) {
            for (FileFacts.AllyDraft ally : file.allies()) {
                if (ally.id() == null) {
                    continue;
                }
                FileFacts.AllyDraft first = allies.putIfAbsent(ally.id(), ally);
                if (first != null) {
                    problems.add(ally.idLoc().problem(ally.label() + ".id", "duplicate ally id '" + ally.id()
                            + "' (first at " + first.idLoc().where() + ")"));
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
                    problems.add(ally.regionLoc().problem(ally.label() + ".region", "region '" + ally.region()
                            + "' is not declared; declared: " + String.join(", ", regions.keySet())));
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
            for (FileFacts.TieDraft row : file.tieRows() == null ? List.<FileFacts.TieDraft>of() : file.tieRows()) {
                if (row.ally() != null && !allies.containsKey(row.ally())) {
                    problems.add(row.allyLoc().problem(row.label() + ".ally",
                            "tie from unknown ally '" + row.ally() + "'"));
                }
                checkPartner(row);
            }
        }
    }

    private void checkPartner(FileFacts.TieDraft tie) {
        if (tie.partner() == null) {
            return;
        }
        if (tie.partner().equals(tie.ally())) {
            problems.add(tie.partnerLoc().problem(tie.label() + ".partner", "tie to itself"));
        } else if (!allies.containsKey(tie.partner())) {
            problems.add(tie.partnerLoc().problem(tie.label() + ".partner",
                    "tie to unknown ally '" + tie.partner() + "'"));
        }
    }

    /**
     * The allies with their ties. A ties table makes every ally's ties known: an ally without
     * rows has none. Without one, an ally that declares no ties keeps them unknown.
     */
    private List<Ally> buildAllies() {
        boolean tiesTable = files.stream().anyMatch(f -> f.tieRows() != null);
        Map<String, List<Tie>> rows = new HashMap<>();
        files.stream().filter(f -> f.tieRows() != null).flatMap(f -> f.tieRows().stream())
                .forEach(row -> rows.computeIfAbsent(row.ally(), a -> new ArrayList<>()).add(row.tie()));
        List<Ally> built = new ArrayList<>();
        for (FileFacts.AllyDraft draft : allies.values()) {
            List<Tie> ties = draft.ties() == null ? null
                    : new ArrayList<>(draft.ties().stream().map(FileFacts.TieDraft::tie).toList());
            if (tiesTable) {
                ties = ties == null ? new ArrayList<>() : ties;
                ties.addAll(rows.getOrDefault(draft.id(), List.of()));
            }
            built.add(draft.ally().toBuilder().ties(ties).build());
        }
        return built;
    }
}
