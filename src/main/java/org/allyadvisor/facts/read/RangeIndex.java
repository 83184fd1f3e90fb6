package org.allyadvisor.facts.read;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.allyadvisor.facts.FactRange;
import org.allyadvisor.facts.FactRanges;

/**
 * Gives the allies of a fact set the uncertainty ranges its files declare, checking what no single
 * file can: that each ally named is in the set, and that no value gets two ranges.
 */
final class RangeIndex {

    private RangeIndex() {}

    static FactRanges of(List<FileFacts> files, Set<String> allyIds, List<FactProblem> problems) {
        Map<String, Map<String, FactRange>> byAlly = new TreeMap<>();
        Map<String, Loc> declared = new HashMap<>();
        for (FileFacts file : files) {
            for (FileFacts.RangeDraft draft : file.ranges()) {
                List<String> ids = new ArrayList<>();
                if (draft.allies() == null) {
                    ids.addAll(allyIds);
                } else {
                    draft.allies()
                            .forEach(
                                    (id, loc) -> {
                                        if (allyIds.contains(id)) {
                                            ids.add(id);
                                        } else {
                                            problems.add(
                                                    loc.problem(
                                                            "uncertainty.allies",
                                                            "no ally '"
                                                                    + id
                                                                    + "' in the fact set"));
                                        }
                                    });
                }
                if (draft.range() == null) {
                    continue;
                }
                draft.fields()
                        .forEach(
                                (path, loc) -> {
                                    FactRange range =
                                            new FactRange(
                                                    path,
                                                    draft.range().width(),
                                                    draft.range().percent(),
                                                    draft.range().basis(),
                                                    draft.range().judgement(),
                                                    draft.range().at());
                                    for (String id : ids) {
                                        Loc first = declared.putIfAbsent(id + " " + path, loc);
                                        if (first != null) {
                                            problems.add(
                                                    loc.problem(
                                                            "uncertainty.fields",
                                                            "the range of "
                                                                    + path
                                                                    + " for "
                                                                    + id
                                                                    + " is already declared at "
                                                                    + first.where()));
                                        } else {
                                            byAlly.computeIfAbsent(id, k -> new TreeMap<>())
                                                    .put(path, range);
                                        }
                                    }
                                });
            }
        }
        return new FactRanges(byAlly);
    }
}
