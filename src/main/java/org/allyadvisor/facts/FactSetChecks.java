package org.allyadvisor.facts;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What every fact set must satisfy before rules see it, for fact sets built in code: the file
 * readers check the same, with file and line, and never hand over a set that fails here.
 */
public final class FactSetChecks {

    private FactSetChecks() {
    }

    /** Every way the set breaks the fact vocabulary, one line each; empty when it is sound. */
    public static List<String> problems(FactSet facts) {
        List<String> problems = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        Set<String> regions = new HashSet<>();
        for (Region region : facts.regions()) {
            regions.add(region.id());
            outOfRange("regions[" + region.id() + "].emergingPowerActivity", region.emergingPowerActivity(),
                    FactSchema.MIN_ACTIVITY, FactSchema.MAX_ACTIVITY, problems);
        }
        facts.allies().forEach(ally -> {
            if (!ids.add(ally.id())) {
                problems.add("allies[" + ally.id() + "]: duplicate ally id");
            }
        });
        for (Ally ally : facts.allies()) {
            String at = "allies[" + ally.id() + "].";
            if (!regions.isEmpty() && !regions.contains(ally.region())) {
                problems.add(at + "region: '" + ally.region() + "' is not declared");
            }
            for (FactField field : FactSchema.allyFields()) {
                Object value = field.value().apply(ally);
                if (value instanceof Map<?, ?> byYear) {
                    byYear.forEach((year, v) -> {
                        if (!FactSchema.isYear((Integer) year)) {
                            problems.add(at + field.path() + "." + year + ": not a year from " + FactSchema.MIN_YEAR
                                    + " to " + FactSchema.MAX_YEAR);
                        }
                        if (outOfRange((Number) v, field)) {
                            problems.add(at + field.path() + "." + year + ": " + v + " is out of range");
                        }
                    });
                } else if ((field.min() != null || field.max() != null) && value instanceof Number n
                        && outOfRange(n, field)) {
                    // the path is written only for a problem: every assessment runs these checks
                    problems.add(at + field.path() + ": " + n + " is out of range");
                }
            }
            for (Tie tie : ally.ties() == null ? List.<Tie>of() : ally.ties()) {
                if (!tie.ally().equals(ally.id()) || !ids.contains(tie.partner()) || tie.partner().equals(ally.id())) {
                    problems.add(at + "ties: tie " + tie.ally() + " -> " + tie.partner() + " does not join two allies of the set");
                }
                if (outOfRange(tie.strength(), FactSchema.MIN_TIE_STRENGTH, FactSchema.MAX_TIE_STRENGTH)) {
                    problems.add(at + "ties[" + tie.partner() + "].strength: " + tie.strength() + " is out of range");
                }
            }
        }
        return problems;
    }

    private static boolean outOfRange(Number value, FactField field) {
        return outOfRange(value, field.min() == null ? Double.NEGATIVE_INFINITY : field.min(),
                field.max() == null ? Double.POSITIVE_INFINITY : field.max());
    }

    private static boolean outOfRange(Number value, double min, double max) {
        return value != null && (Double.isNaN(value.doubleValue()) || value.doubleValue() < min || value.doubleValue() > max);
    }

    private static void outOfRange(String path, Number value, double min, double max, List<String> problems) {
        if (outOfRange(value, min, max)) {
            problems.add(path + ": " + value + " is out of range");
        }
    }
}
