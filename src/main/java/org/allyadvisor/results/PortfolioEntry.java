package org.allyadvisor.results;

import org.allyadvisor.advice.Priority;

/**
 * One action in the cross-ally portfolio: every reported action, most urgent first.
 *
 * @param title the action's title, so the portfolio reads without looking each action up
 */
public record PortfolioEntry(
        String ally, String actionId, Priority priority, double score, String title) {}
