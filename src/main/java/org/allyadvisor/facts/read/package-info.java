/**
 * API: fact files in. {@link org.allyadvisor.facts.read.FactReader} reads a YAML, JSON or CSV file,
 * or a folder of them, into a {@link org.allyadvisor.facts.FactSet}; every problem found is
 * reported at once, with file, line and column, in a {@link
 * org.allyadvisor.facts.read.BadFactsException}. {@link org.allyadvisor.facts.read.FactChanges}
 * applies single-field changes checked the same way. {@link org.allyadvisor.facts.read.Node} (a
 * parsed YAML tree with locations) is public for the scenario and what-if readers; treat it as
 * internal. The rest ({@code FactProblem}, one located problem, aside) is package-private.
 */
package org.allyadvisor.facts.read;
