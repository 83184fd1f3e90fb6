package org.allyadvisor.facts;

import java.util.List;

/**
 * How well the ally's forces work with others. A null component is a data gap; an empty
 * {@code intelSharing} list means the ally shares intelligence through no framework.
 *
 * @param score                 0..100, analyst judgement (standards, common platforms, C2)
 * @param jointExercisesPerYear joint exercises a year
 * @param intelSharing          frameworks the ally shares intelligence through
 */
public record Interoperability(Integer score, Integer jointExercisesPerYear, List<String> intelSharing) {

    public static final Interoperability UNKNOWN = new Interoperability(null, null, null);

    public Interoperability {
        intelSharing = intelSharing == null ? null : List.copyOf(intelSharing);
    }
}
