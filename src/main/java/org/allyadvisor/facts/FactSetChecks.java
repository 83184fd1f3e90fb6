package org.allyadvisor.facts;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What every fact set must satisfy before rules see it, for fact sets built in code: the file
 * readers check the same, with file and line, and never hand over a set that fails here. The
 * builders ({@link Ally#builder(String)}, {@link FactSet#builder()}) refuse what fails here when
 * they build; {@code Assessor} checks again, for sets made with the records' constructors.
 */
public final class FactSetChecks {

    private FactSetChecks() {}

    /** Every way the set breaks the fact vocabulary, one line each; empty when it is sound. */
    public static List<String> problems(FactSet facts) {
        List<String> problems = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        Set<String> regions = new HashSet<>();
        for (Region region : facts.regions()) {
            if (!regions.add(region.id())) {
                problems.add("regions[" + region.id() + "]: duplicate region id");
            }
            outOfRange(
                    "regions[" + region.id() + "].",
                    Region.ACTIVITY,
                    region.emergingPowerActivity(),
                    (double) FactSchema.MIN_ACTIVITY,
                    (double) FactSchema.MAX_ACTIVITY,
                    problems);
        }
        facts.allies()
                .forEach(
                        ally -> {
                            if (!ids.add(ally.id())) {
                                problems.add("allies[" + ally.id() + "]: duplicate ally id");
                            }
                        });
        for (Ally ally : facts.allies()) {
            String at = "allies[" + ally.id() + "].";
            if (!regions.isEmpty() && !regions.contains(ally.region())) {
                problems.add(at + "region: '" + ally.region() + "' is not declared");
            }
            problems.addAll(problems(ally, at));
            for (Tie tie : ally.ties() == null ? List.<Tie>of() : ally.ties()) {
                if (!ids.contains(tie.partner())) {
                    problems.add(
                            at
                                    + "ties["
                                    + tie.partner()
                                    + "]: "
                                    + tie.partner()
                                    + " is not an ally of the set");
                }
            }
        }
        return problems;
    }

    /**
     * Every way one ally breaks the fact vocabulary on its own (its id, a value out of range, a tie
     * that is not its own), one line each, each starting with {@code at}; empty when it is sound.
     * Whether a tie's partner is in the set is the set's question, not the ally's.
     */
    static List<String> problems(Ally ally, String at) {
        List<String> problems = new ArrayList<>();
        if (!FactSchema.isAllyId(ally.id())) {
            problems.add(at + "id: '" + ally.id() + "' is not " + FactSchema.ALLY_ID_TEXT);
        }
        for (FactField field : FactSchema.allyFields()) {
            Object value = field.value().apply(ally);
            if (value instanceof Map<?, ?> byYear) {
                byYear.forEach(
                        (year, v) -> {
                            if (!FactSchema.isYear((Integer) year)) {
                                problems.add(
                                        at
                                                + field.path()
                                                + "."
                                                + year
                                                + ": not a year from "
                                                + FactSchema.MIN_YEAR
                                                + " to "
                                                + FactSchema.MAX_YEAR);
                            }
                            outOfRange(
                                    at,
                                    field.path() + "." + year,
                                    (Number) v,
                                    field.min(),
                                    field.max(),
                                    problems);
                        });
            } else if (value instanceof Number number) {
                outOfRange(at, field.path(), number, field.min(), field.max(), problems);
            }
        }
        for (Tie tie : ally.ties() == null ? List.<Tie>of() : ally.ties()) {
            String tieAt = at + "ties[" + tie.partner() + "]";
            if (!tie.ally().equals(ally.id())) {
                problems.add(
                        tieAt
                                + ".ally: '"
                                + tie.ally()
                                + "' is not the ally that declares the tie");
            }
            if (tie.partner().equals(ally.id())) {
                problems.add(tieAt + ".partner: a tie to the ally itself");
            }
            outOfRange(
                    tieAt,
                    ".strength",
                    tie.strength(),
                    (double) FactSchema.MIN_TIE_STRENGTH,
                    (double) FactSchema.MAX_TIE_STRENGTH,
                    problems);
        }
        return problems;
    }

    /** The path is joined only for a problem: every assessment runs these checks on every value. */
    private static void outOfRange(
            String at, String path, Number value, Double min, Double max, List<String> problems) {
        String problem = FactValues.rangeProblem(value, min, max);
        if (problem != null) {
            problems.add(at + path + ": " + problem);
        }
    }
}
