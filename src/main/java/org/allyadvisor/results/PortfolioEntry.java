package org.allyadvisor.results;

/** One action in the cross-ally portfolio: every reported action, most urgent first. */
public record PortfolioEntry(String ally, String actionId, Priority priority, double score) {
}
