package org.allyadvisor.rules;

import java.math.BigDecimal;

/**
 * One number of a thresholds file, as {@link RuleSet#withThreshold} can change it.
 *
 * @param path the leaf's dotted path, as {@link RuleSet#thresholdValues()} names it ({@code
 *     budget.floorPctGdp}, {@code technology.requiredMaturity.5}, {@code
 *     supportLevels.MINIMAL.overrides.risk.highThreatLevel})
 * @param value the number as written
 * @param whole whether the threshold takes whole numbers only (a level, a count, a year)
 */
public record NumericThreshold(String path, BigDecimal value, boolean whole) {}
