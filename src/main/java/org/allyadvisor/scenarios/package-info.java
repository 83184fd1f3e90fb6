/**
 * API: rule scenarios, the tests policy staff keep beside the rules ({@code
 * rules/scenarios/*.yaml}): reading them, running them with one assessor, and their coverage of the
 * rule catalogue.
 */
package org.allyadvisor.scenarios;
