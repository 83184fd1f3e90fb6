/**
 * API, read only: the thresholds file as records, one per section, returned by {@code
 * RuleSet.thresholds()}. Rules match these records, so that no threshold is a literal in a rule.
 */
package org.allyadvisor.policy;
