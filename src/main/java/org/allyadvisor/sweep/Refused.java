package org.allyadvisor.sweep;

/**
 * A value the rules or facts cannot hold (a threshold below its floor, a share above 100), with the
 * reason as the checks word it.
 */
final class Refused extends Exception {

    private static final long serialVersionUID = 1L;

    Refused(String reason) {
        super(reason, null, false, false);
    }
}
