package org.allyadvisor.results;

/**
 * The passage of the article an action or risk comes from.
 *
 * @param recommendation the recommendation, policy component or consequence it encodes
 * @param section the article section it is in
 * @param passage the article's own words
 */
public record Source(String recommendation, String section, String passage) {}
