/**
 * API: the fact vocabulary, as records a caller reads or builds. {@link
 * org.allyadvisor.facts.FactSet} holds the allies ({@link org.allyadvisor.facts.Ally}) and regions
 * of one assessment; each section of an ally ({@link org.allyadvisor.facts.Budget}, {@link
 * org.allyadvisor.facts.UsSupport}, ...) is a record whose null component is a data gap, never a
 * zero.
 *
 * <p>Build facts with the builders ({@code Budget.builder()}, {@code Ally.builder("BEL")}, {@code
 * FactSet.builder()}): each value is checked against the range {@link
 * org.allyadvisor.facts.FactSchema} states when it is set, and a built ally or set is one an
 * assessment accepts. The records' constructors check no range: they are for code that has checked
 * its values already (the readers), and {@link org.allyadvisor.facts.FactSetChecks} says what such
 * a set breaks. {@link org.allyadvisor.facts.CapabilityLevel} and {@link
 * org.allyadvisor.facts.Scenario} are facts the engine inserts for the rules to match; {@link
 * org.allyadvisor.facts.FactField} and {@link org.allyadvisor.facts.FieldType} describe the schema
 * to readers.
 */
package org.allyadvisor.facts;
