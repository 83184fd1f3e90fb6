package org.allyadvisor.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/**
 * Where a command's result goes, shared by every command with a result: stdout, or --output FILE.
 */
final class OutputOption {

    @Option(
            names = {"-o", "--output"},
            paramLabel = "FILE",
            description =
                    "Write the result to FILE (replaced whole, only when the run succeeds) instead of stdout.")
    Path file;

    /** Writes the result, to the file whole or not at all, or to {@code out}. */
    void write(OutputTarget.Body result, PrintWriter out) throws UsageException {
        OutputTarget.write(result, file, out);
    }
}
