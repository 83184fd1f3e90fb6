package org.allyadvisor.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.allyadvisor.rules.RuleSetChecks;
import org.allyadvisor.rules.Validation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code ally-advisor validate}: compiles every rule file and checks the rule set. A rule set that
 * does not compile is what this command is for, so it is a failed check (exit 1), not a failure of
 * the command (exit 4).
 */
@Command(
        name = "validate",
        mixinStandardHelpOptions = true,
        sortOptions = false,
        description = {
            "Compile every rule file and check the rule set: errors as FILE:LINE[:COL]: error: ..., "
                    + "warnings as FILE:LINE: warning: ... (a rule giving advice without an id, a passage the source text "
                    + "does not quote, one id on rules that say different things, a threshold no rule reads, text compared "
                    + "with a number, a condition the thresholds make impossible, two rules giving the same advice under "
                    + "the same conditions, rule code calling outside what rules may call), then a count.",
            "Exit 0 when there is no error (warnings allowed, unless --strict), 1 otherwise."
        },
        footer = {
            "",
            "Example:",
            "  ally-advisor validate --rules rules/",
            "  ally-advisor validate --rules rules/ --strict"
        })
final class ValidateCommand implements Callable<Integer> {

    @Spec CommandSpec spec;

    @Mixin RuleOptions rules;

    @Mixin Diagnostics diagnostics;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        Stopwatch clock = diagnostics.start(spec.commandLine().getErr());
        Validation validation =
                rules.folder() == null
                        ? RuleSetChecks.validateBuiltIn()
                        : RuleSetChecks.validate(rules.folder());
        if (rules.strict()) {
            validation = validation.strict();
        }
        clock.lap("compiled and checked " + validation.source());
        validation.lines().forEach(out::println);
        out.println(validation.summary());
        out.flush();
        return validation.passed() ? ExitCodes.DONE : ExitCodes.CHECK_FAILED;
    }
}
