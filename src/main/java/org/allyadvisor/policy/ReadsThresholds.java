package org.allyadvisor.policy;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The thresholds of its section that a policy method reads, so that {@code validate} knows a rule
 * calling {@code $technology.requiredFor($level)} reads {@code technology.requiredMaturity}. Every
 * public method of a policy record other than its accessors carries it.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface ReadsThresholds {

    /** Names of the record's components the method reads. */
    String[] value();
}
