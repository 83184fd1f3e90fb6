package org.allyadvisor.rules;

/** How a rule is written: what a policy officer opens to read or change it. */
public enum RuleForm {
    /** Drools rule language, in a {@code .drl} file. */
    DRL,
    /** English sentences ({@code .dslr}) that a {@code .dsl} file maps onto the fact model. */
    DSL,
    /** A row of a decision table, a spreadsheet saved as {@code .csv} or {@code .xlsx}. */
    TABLE
}
