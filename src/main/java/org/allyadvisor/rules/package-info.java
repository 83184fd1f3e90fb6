/**
 * API: loading a rule set. {@link org.allyadvisor.rules.RuleSet} compiles a rule folder (or reads
 * the built-in rules compiled at build time) once, for any number of assessments; {@link
 * org.allyadvisor.rules.RuleSetException} lists every problem with file and line; {@link
 * org.allyadvisor.rules.RuleSetChecks} are the checks of {@code validate}; a rule set's catalogue
 * is read as {@link org.allyadvisor.rules.RuleInfo}. The rest (compiling, metadata, the checks'
 * parsing of rule code, the probes {@code Explainer} runs, {@code BuiltInRulesCompiler}, which the
 * build runs) is public only for the engine, the command line and the build; treat it as internal.
 */
package org.allyadvisor.rules;
