package org.allyadvisor.policy;

/**
 * Limits that keep a rule set from running away.
 *
 * @param maxRuleFirings rule firings allowed for one assessment before it is stopped
 */
public record EnginePolicy(int maxRuleFirings) {
}
