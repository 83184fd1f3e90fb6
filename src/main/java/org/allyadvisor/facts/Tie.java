package org.allyadvisor.facts;

import java.util.Objects;

/**
 * A regional tie from one ally of the set to another: what REG-1 counts and what REG-2 looks for
 * before it proposes a coalition. In code, declare it on its ally with {@link
 * Ally.Builder#tie(String, TieKind, int)}, which fills in {@code ally} and checks the rest.
 *
 * @param ally the ally that declares the tie
 * @param partner the other ally
 * @param kind what binds them
 * @param strength 1..5
 */
public record Tie(String ally, String partner, TieKind kind, int strength) {

    public Tie {
        Objects.requireNonNull(ally, "ally");
        Objects.requireNonNull(partner, "partner");
        Objects.requireNonNull(kind, "kind");
    }
}
