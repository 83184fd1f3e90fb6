package org.allyadvisor.cli;

/** The command was asked for something it cannot do as asked: exit code 2. */
final class UsageException extends Exception {

    private static final long serialVersionUID = 1L;

    UsageException(String message) {
        super(message);
    }
}
