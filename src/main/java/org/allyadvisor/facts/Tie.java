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

    /** Whether this tie links the two allies, in either direction. */
    public boolean links(String one, String other) {
        return (ally.equals(one) && partner.equals(other)) || (ally.equals(other) && partner.equals(one));
    }

    /** The ally at the other end of the tie, seen from {@code from}. */
    public String otherThan(String from) {
        return ally.equals(from) ? partner : ally;
    }
}
