package org.allyadvisor.cli;

import java.io.PrintWriter;

/** Says on stderr how long each step of a command took, when asked to with --verbose. */
final class Stopwatch {

    private final PrintWriter err;
    private long last = System.nanoTime();

    /**
     * @param err where to say it, or null to stay quiet
     */
    Stopwatch(PrintWriter err) {
        this.err = err;
    }

    void lap(String step) {
        long now = System.nanoTime();
        if (err != null) {
            err.println("ally-advisor: " + step + " (" + (now - last) / 1_000_000 + " ms)");
            err.flush();
        }
        last = now;
    }
}
