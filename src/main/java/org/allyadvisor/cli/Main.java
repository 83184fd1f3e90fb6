package org.allyadvisor.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicBoolean;
import picocli.CommandLine;

/**
 * The program's entry point: the only place that exits the JVM. Exiting is also what ends a rule
 * whose consequence never returns: the engine gives up on it at its deadline and reports it (exit
 * 4), but its thread keeps spinning until the process ends, here, with that exit code.
 */
public final class Main {

    /**
     * Whether the heap's running out was told already: the rules load on a thread of their own
     * while the facts are read, so two threads (and main, after them) can run out at once, and the
     * user should read the one line once.
     */
    private static final AtomicBoolean OUT_OF_MEMORY_TOLD = new AtomicBoolean();

    /** The out-of-memory line, made at start while there is memory; null when not run from main. */
    private static volatile byte[] outOfMemoryLine;

    private Main() {}

    public static void main(String[] args) {
        haltOnOutOfMemoryInAnyThread();
        Logging.quietByDefault();
        PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
        PrintWriter err = new PrintWriter(System.err, true, StandardCharsets.UTF_8);
        int code = run(args, out, err);
        out.flush();
        err.flush();
        System.exit(code);
    }

    /**
     * A heap that runs out in a thread other than main (the rules' worker between two tasks, a
     * Drools helper) would otherwise kill that thread alone, print a stack trace, and leave main
     * waiting for a result that never comes. The message is made now, while there is memory.
     */
    private static void haltOnOutOfMemoryInAnyThread() {
        StringWriter text = new StringWriter();
        outOfMemory(new PrintWriter(text), Runtime.getRuntime().maxMemory());
        outOfMemoryLine = text.toString().getBytes(StandardCharsets.UTF_8);
        Thread.setDefaultUncaughtExceptionHandler(
                (thread, failure) -> {
                    if (failure instanceof OutOfMemoryError) {
                        tellOutOfMemoryOnce(outOfMemoryLine);
                        Runtime.getRuntime().halt(ExitCodes.OUT_OF_MEMORY);
                    }
                    thread.getThreadGroup().uncaughtException(thread, failure);
                });
    }

    /**
     * Writes the line made in advance, allocating nothing: when main runs out, another thread (the
     * rules loading beside the facts) may still hold the heap, so making the line then could run
     * out again and leave the user with no word at all.
     */
    private static void tellOutOfMemoryOnce(byte[] line) {
        if (OUT_OF_MEMORY_TOLD.compareAndSet(false, true)) {
            System.err.write(line, 0, line.length);
            System.err.flush();
        }
    }

    /** Runs one command line; what it prints goes to {@code out} and {@code err}. */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        CommandLine line = AllyAdvisorCommand.commandLine(args);
        line.setOut(out);
        line.setErr(err);
        line.setCaseInsensitiveEnumValuesAllowed(true);
        ExitCodes.describeIn(line);
        line.setParameterExceptionHandler(Main::usageError);
        line.setExecutionExceptionHandler(Main::failure);
        try {
            return line.execute(args);
        } catch (OutOfMemoryError full) {
            byte[] madeAtStart = outOfMemoryLine;
            if (madeAtStart == null) { // run in process, not from main: nothing else holds the heap
                return outOfMemory(err, Runtime.getRuntime().maxMemory());
            }
            err.flush();
            tellOutOfMemoryOnce(madeAtStart);
            return ExitCodes.OUT_OF_MEMORY;
        }
    }

    /**
     * A fact set too large for the heap the JVM was given is the user's to fix, not a bug: say so
     * in one line, with the setting that fixes it. By now the work that filled the heap is gone.
     */
    static int outOfMemory(PrintWriter err, long maxHeapBytes) {
        err.println(
                "ally-advisor: out of memory: the Java heap (at most "
                        + maxHeapBytes / (1024 * 1024)
                        + " MB) is too small for this run; give Java more, e.g. java -Xmx2g -jar ally-advisor.jar ..., "
                        + "or assess fewer allies at a time");
        err.flush();
        return ExitCodes.OUT_OF_MEMORY;
    }

    /**
     * Every failure of every command ends here: the expected ones (bad facts, bad rules, rules that
     * run wild, usage) as their exit code and located lines, anything else as an internal error.
     * The stack trace only with --verbose.
     */
    private static int failure(
            Exception failure, CommandLine commandLine, CommandLine.ParseResult parsed) {
        PrintWriter err = commandLine.getErr();
        ExitCodes.Failure mapped = ExitCodes.of(failure);
        mapped.lines().forEach(err::println);
        CommandLine.ParseResult command =
                parsed.subcommand() != null ? parsed.subcommand() : parsed;
        if (command.hasMatchedOption(Diagnostics.VERBOSE)) {
            failure.printStackTrace(err);
        }
        err.flush();
        return mapped.code();
    }

    private static int usageError(CommandLine.ParameterException failure, String[] args) {
        PrintWriter err = failure.getCommandLine().getErr();
        err.println("ally-advisor: " + failure.getMessage());
        err.println(
                "Try '"
                        + failure.getCommandLine().getCommandSpec().qualifiedName()
                        + " --help' for usage.");
        return ExitCodes.USAGE;
    }
}
