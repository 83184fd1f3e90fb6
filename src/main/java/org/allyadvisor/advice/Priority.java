package org.allyadvisor.advice;

/**
 * How urgent an action or a risk is; a rule's severity is the priority it asks for before the
 * ally's threat and the US support level weigh in. Declared from least to most urgent.
 */
public enum Priority {
    LOW,
    MEDIUM,
    HIGH,
    CRITICAL
}
