package org.allyadvisor.cli;

import java.io.PrintWriter;

import picocli.CommandLine;

/**
 * The program's entry point: the only place that exits the JVM. Exiting is also what ends a rule
 * whose consequence never returns: the engine gives up on it at its deadline and reports it
 * (exit 4), but its thread keeps spinning until the process ends, here, with that exit code.
 */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        PrintWriter out = new PrintWriter(System.out, true, java.nio.charset.StandardCharsets.UTF_8);
        PrintWriter err = new PrintWriter(System.err, true, java.nio.charset.StandardCharsets.UTF_8);
        int code = run(args, out, err);
        out.flush();
        err.flush();
        System.exit(code);
    }

    /** Runs one command line; what it prints goes to {@code out} and {@code err}. */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        CommandLine line = new CommandLine(new AllyAdvisorCommand());
        line.setOut(out);
        line.setErr(err);
        line.setCaseInsensitiveEnumValuesAllowed(true);
        ExitCodes.describeIn(line);
        line.setParameterExceptionHandler(Main::usageError);
        line.setExecutionExceptionHandler(Main::internalError);
        return line.execute(args);
    }

    /** Commands map every expected failure themselves; what reaches here is a bug. */
    private static int internalError(Exception failure, CommandLine commandLine, CommandLine.ParseResult parsed) {
        PrintWriter err = commandLine.getErr();
        err.println("ally-advisor: internal error: " + failure + " (please report it; --verbose shows where)");
        if (parsed.subcommand() != null && parsed.subcommand().hasMatchedOption("--verbose")) {
            failure.printStackTrace(err);
        }
        return ExitCodes.INTERNAL;
    }

    private static int usageError(CommandLine.ParameterException failure, String[] args) {
        PrintWriter err = failure.getCommandLine().getErr();
        err.println("ally-advisor: " + failure.getMessage());
        err.println("Try '" + failure.getCommandLine().getCommandSpec().qualifiedName() + " --help' for usage.");
        return ExitCodes.USAGE;
    }
}
