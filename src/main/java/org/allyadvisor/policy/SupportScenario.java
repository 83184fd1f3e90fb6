package org.allyadvisor.policy;

import org.allyadvisor.facts.SupportLevel;

/**
 * The US support scenario of an assessment as the rules' words need it: a rule binds {@code
 * $support : SupportScenario()} and ends a rationale with {@code $support.phrase()}, so that advice
 * never says support is limited when the run assumes it is full.
 *
 * @param level the scenario
 * @param phrase how rationales name it ({@code supportLevels.<level>.phrase} in the thresholds
 *     file)
 */
public record SupportScenario(SupportLevel level, String phrase) {}
