/**
 * API: flip points. {@link org.allyadvisor.sweep.Sweep} varies one threshold or one ally's fact
 * over a range and finds, by search rather than a grid, the values at which each ally's actions and
 * risks appear, disappear or change priority; without a name it ranks the thresholds the rules read
 * by how many allies' advice flips near them.
 */
package org.allyadvisor.sweep;
