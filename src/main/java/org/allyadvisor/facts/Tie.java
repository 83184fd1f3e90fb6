package org.allyadvisor.facts;

/**
 * A regional tie from one ally of the set to another.
 *
 * @param ally     the ally that declares the tie
 * @param partner  the other ally
 * @param kind     what binds them
 * @param strength 1..5
 */
public record Tie(String ally, String partner, TieKind kind, int strength) {
}
