/**
 * Internal: wording shared by the readers and reports (numbers as messages write them, where a
 * problem is, the nearest-name suggestion, enum names). Public only because several packages use
 * it; it may change in any release.
 */
package org.allyadvisor.text;
