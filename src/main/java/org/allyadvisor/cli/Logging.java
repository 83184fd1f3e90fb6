package org.allyadvisor.cli;

/**
 * Drools logs through SLF4J; a normal run must print only its result. slf4j-simple is off by
 * default (simplelogger.properties); --verbose turns it on, which only works before the first
 * logger exists, so commands call this before they load rules.
 */
final class Logging {

    private Logging() {
    }

    static void configure(boolean verbose) {
        if (verbose) {
            System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "info");
        }
    }
}
