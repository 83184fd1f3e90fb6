package org.allyadvisor.cli;

/**
 * Drools logs through SLF4J; a normal run must print only its result. The CLI jar's binding,
 * slf4j-simple, is set quiet here rather than by a simplelogger.properties in the jar: that file
 * would ride along in the library jar and silence the logging of every program that embeds it. A -D
 * given on the java command line still wins. --verbose turns logging on, which only works before
 * the first logger exists, so commands call {@link #configure} before they load rules.
 */
final class Logging {

    private static final String LEVEL = "org.slf4j.simpleLogger.defaultLogLevel";
    private static final String LOG_FILE = "org.slf4j.simpleLogger.logFile";

    private Logging() {}

    /** Called by {@code main} before anything logs. */
    static void quietByDefault() {
        setUnlessGiven(LEVEL, "off");
        setUnlessGiven(LOG_FILE, "System.err");
    }

    static void configure(boolean verbose) {
        if (verbose) {
            System.setProperty(LEVEL, "info");
        }
    }

    private static void setUnlessGiven(String key, String value) {
        if (System.getProperty(key) == null) {
            System.setProperty(key, value);
        }
    }
}
