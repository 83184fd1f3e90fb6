/**
 * API: running fact sets through a rule set. {@link org.allyadvisor.engine.Assessor} assesses (many
 * threads may share one), {@link org.allyadvisor.engine.AssessOptions} says what to assess and
 * report, {@link org.allyadvisor.engine.Explainer} explains one ally's advice and why not more; a
 * rule set that runs wild or fails throws a {@link org.allyadvisor.engine.RuleRunException}. {@link
 * org.allyadvisor.engine.KnownFacts} is public for the fact checks of the shipped data; treat it as
 * internal. Merging, scoring, ranking and data gaps are package-private.
 */
package org.allyadvisor.engine;
