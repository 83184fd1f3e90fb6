/**
 * API (the words results are in): {@link org.allyadvisor.advice.Priority}, {@link
 * org.allyadvisor.advice.Category}, {@link org.allyadvisor.advice.RiskKind} and {@link
 * org.allyadvisor.advice.Evidence} appear in every result. {@link org.allyadvisor.advice.Advice}
 * and the proposals are what rule consequences call and insert: public because rules are compiled
 * outside this package, not for callers of the library.
 */
package org.allyadvisor.advice;
