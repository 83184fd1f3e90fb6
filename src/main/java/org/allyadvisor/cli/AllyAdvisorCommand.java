package org.allyadvisor.cli;

import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code ally-advisor}: the parent of every command. */
@Command(
        name = "ally-advisor",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description =
                "Advice for US allies as US military support becomes more limited: facts about each ally go "
                        + "through editable Drools rules and come out as a prioritized, explained action list.")
final class AllyAdvisorCommand implements Callable<Integer> {

    /** Every command, in the order the help lists them. */
    static final List<Class<?>> COMMANDS =
            List.of(
                    AssessCommand.class,
                    WhatIfCommand.class,
                    ExplainCommand.class,
                    ValidateCommand.class,
                    RulesCommand.class,
                    TestCommand.class,
                    TraceCommand.class,
                    SweepCommand.class,
                    WarmUpCommand.class);

    @Spec CommandSpec spec;

    /**
     * The command line for {@code args}. picocli reads a command's options and help from its
     * annotations when the command is added, and that is about a third of the CLI's start on a
     * short run: so a run that names its command first gets that command alone. Anything else (no
     * command, an option first, a misspelt name that picocli should suggest a fix for) gets them
     * all, so help and usage errors read as they always did.
     */
    static CommandLine commandLine(String[] args) {
        CommandLine line = new CommandLine(new AllyAdvisorCommand());
        String first = args.length == 0 ? null : args[0];
        List<Class<?>> named =
                COMMANDS.stream()
                        .filter(c -> c.getAnnotation(Command.class).name().equals(first))
                        .toList();
        (named.isEmpty() ? COMMANDS : named).forEach(line::addSubcommand);
        return line;
    }

    @Override
    public Integer call() {
        // no command given: say what there is, as for any usage error
        spec.commandLine().getErr().println("ally-advisor: a command is required");
        spec.commandLine().usage(spec.commandLine().getErr());
        return ExitCodes.USAGE;
    }
}
