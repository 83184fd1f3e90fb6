package org.allyadvisor.results;

import java.util.List;

/**
 * A fact an ally's file does not give, and the rules that could not be evaluated without it.
 *
 * @param field the missing field's path, e.g. {@code interoperability.score}
 * @param rules the catalogue ids of the rules it kept from being evaluated
 */
public record DataGap(String field, List<String> rules) {

    public DataGap {
        rules = List.copyOf(rules);
    }
}
