package org.allyadvisor.advice;

/** What an action is about: the article's recommendations and the US policy components. */
public enum Category {
    SUSTAINABLE_BUDGETS,
    DEFENSE_TECHNOLOGY,
    REGIONAL_PARTNERSHIPS,
    DIPLOMATIC_ENGAGEMENT,
    /** Burden-sharing, intelligence sharing, joint training. */
    INTEROPERABILITY,
    /** How to use what the US will still offer. */
    US_ASSISTANCE
}
