package org.allyadvisor.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

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

    /** The command this option is mixed into: its other path arguments are what it reads. */
    @Spec(Spec.Target.MIXEE)
    CommandSpec command;

    /** Writes the result, to the file whole or not at all, or to {@code out}. */
    void write(OutputTarget.Body result, PrintWriter out) throws UsageException {
        OutputTarget.write(result, file, out, inputs());
    }

    /**
     * The files and folders the command reads (facts, rules, a scenario): every path argument but
     * this one, whichever mixin or command declares it.
     */
    private List<Path> inputs() {
        if (command == null) {
            return List.of();
        }
        return command.args().stream()
                .filter(arg -> arg.type() == Path.class && !isThisOption(arg))
                .map(arg -> (Path) arg.getValue())
                .filter(Objects::nonNull)
                .toList();
    }

    private static boolean isThisOption(ArgSpec arg) {
        return arg instanceof OptionSpec option && option.longestName().equals("--output");
    }
}
