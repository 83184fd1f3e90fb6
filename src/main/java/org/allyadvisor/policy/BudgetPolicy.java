package org.allyadvisor.policy;

/**
 * Spending levels the budget rules (BUD-1..7) hold an ally to.
 *
 * @param floorPctGdp the guideline floor, percent of GDP
 * @param farBelowFloorPctGdp below this share, under high threat, reaching the floor is critical
 * @param coreTargetPctGdp the core defense target, percent of GDP
 * @param coreTargetYear the year the core target is to be reached
 * @param assumedRealGdpGrowthPct real GDP growth assumed when projecting the share of GDP forward
 * @param minEquipmentPct share of spending on major equipment and R&amp;D below which capability
 *     suffers
 * @param largeAssistanceSharePct US assistance at or above this share of own spending is a
 *     dependence
 * @param realCutMattersFromThreatLevel a real cut in spending calls for action from this threat
 *     level up
 * @param realGrowthTrendYears the years whose compound mean real growth BUD-2 judges: the as-of
 *     year and the ones before it, so one exceptional year does not decide
 * @param recalibrateFromAdviceAreas advice in this many areas (categories) at once calls for
 *     recalibrating the defense strategy as a whole
 */
public record BudgetPolicy(
        double floorPctGdp,
        double farBelowFloorPctGdp,
        double coreTargetPctGdp,
        int coreTargetYear,
        double assumedRealGdpGrowthPct,
        double minEquipmentPct,
        double largeAssistanceSharePct,
        int realCutMattersFromThreatLevel,
        int realGrowthTrendYears,
        int recalibrateFromAdviceAreas) {}
