package org.allyadvisor.cli;

/** The command was asked for something it cannot do as asked: exit code 2. */
final class UsageException extends Exception {

    UsageException(String message) {
        super(message);
    }
}
