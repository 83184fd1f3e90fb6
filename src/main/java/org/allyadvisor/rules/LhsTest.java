package org.allyadvisor.rules;

/**
 * One constraint of a pattern, as written: a test that can fail ({@code budget.defensePctGdp <
 * $budget.floorPctGdp}), not a mere binding.
 *
 * @param text the constraint as written
 * @param line its line in the rule file
 * @param column its column, 1-based
 */
public record LhsTest(String text, int line, int column) {}
