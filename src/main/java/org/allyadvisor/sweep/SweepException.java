package org.allyadvisor.sweep;

/**
 * A sweep that cannot be made as asked: an unknown or non-numeric name, a range with no value the
 * rules or facts can hold.
 */
public final class SweepException extends Exception {

    private static final long serialVersionUID = 1L;

    public SweepException(String message) {
        super(message);
    }
}
