/**
 * API: what-if runs. {@link org.allyadvisor.whatif.WhatIf} assesses a baseline and variants of it
 * (changed facts, another support level, or another rule set) and says per ally which actions and
 * risks are gained, lost or re-ranked.
 */
package org.allyadvisor.whatif;
