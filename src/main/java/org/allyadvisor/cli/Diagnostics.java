package org.allyadvisor.cli;

import java.io.PrintWriter;
import picocli.CommandLine.Option;

/**
 * What a command says beyond its result, shared by every command: nothing, or with --verbose the
 * time of each step, the engine's logs and a stack trace with an error.
 */
final class Diagnostics {

    static final String VERBOSE = "--verbose";

    @Option(
            names = {"-v", VERBOSE},
            description =
                    "Say on stderr what each step took, show engine logs, and stack traces with errors.")
    boolean verbose;

    boolean verbose() {
        return verbose;
    }

    /**
     * Starts the command: logging as asked (it must be set before Drools makes its first logger),
     * and a clock.
     */
    Stopwatch start(PrintWriter err) {
        Logging.configure(verbose);
        return new Stopwatch(verbose ? err : null);
    }
}
