package org.allyadvisor.cli;

import java.util.concurrent.Callable;
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
                        + "through editable Drools rules and come out as a prioritized, explained action list.",
        subcommands = {
            AssessCommand.class,
            WhatIfCommand.class,
            ExplainCommand.class,
            ValidateCommand.class,
            RulesCommand.class,
            TestCommand.class,
            TraceCommand.class,
            SweepCommand.class,
            WarmUpCommand.class
        })
final class AllyAdvisorCommand implements Callable<Integer> {

    @Spec CommandSpec spec;

    @Override
    public Integer call() {
        // no command given: say what there is, as for any usage error
        spec.commandLine().getErr().println("ally-advisor: a command is required");
        spec.commandLine().usage(spec.commandLine().getErr());
        return ExitCodes.USAGE;
    }
}
