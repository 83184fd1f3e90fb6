package org.allyadvisor.results;

/**
 * One rule behind an action, with the article passage it encodes and where it is written. An action
 * that several rules ask for cites each of them.
 *
 * @param ruleId the catalogue id ({@code INT-3})
 * @param rule the rule's name, file and line
 * @param source the article passage it encodes
 */
public record Citation(String ruleId, RuleRef rule, Source source) {}
