/**
 * API: what an assessment says, as immutable records with value equality: an {@link
 * org.allyadvisor.results.Assessment} holds each ally's ranked actions, risks and data gaps, the
 * coalitions found and the portfolio, with the same content as {@code --format json}.
 */
package org.allyadvisor.results;
