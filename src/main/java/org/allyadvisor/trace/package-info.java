/**
 * API: the traceability matrix. {@link org.allyadvisor.trace.Traceability} cuts the rule set's
 * source text into passages and follows each to the rules that quote it and what those rules raised
 * on a fact set; it names the passages no rule encodes and the rules whose passage is no longer in
 * the source.
 */
package org.allyadvisor.trace;
