package org.allyadvisor.cli;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.allyadvisor.engine.RuleRunException;
import org.allyadvisor.facts.read.BadFactsException;
import org.allyadvisor.facts.read.FactProblem;
import org.allyadvisor.rules.RuleProblem;
import org.allyadvisor.rules.RuleSetException;
import org.allyadvisor.scenarios.ScenarioException;
import org.allyadvisor.scenarios.ScenarioProblem;
import org.allyadvisor.scenarios.ScenarioRunException;
import picocli.CommandLine;

/** The one place where failures become exit codes and the lines that explain them. */
final class ExitCodes {

    static final int DONE = 0;
    static final int CHECK_FAILED = 1;
    static final int USAGE = 2;
    static final int BAD_FACTS = 3;
    static final int BAD_RULES = 4;
    static final int INTERNAL = 70;

    /** sysexits' EX_OSERR: the machine, not the input, fell short. */
    static final int OUT_OF_MEMORY = 71;

    private static final Map<String, String> MEANINGS = meanings();

    private static Map<String, String> meanings() {
        Map<String, String> list = new LinkedHashMap<>();
        list.put(Integer.toString(DONE), "done");
        list.put(Integer.toString(CHECK_FAILED), "a check failed");
        list.put(Integer.toString(USAGE), "usage error: unknown option or ally, unwritable output");
        list.put(
                Integer.toString(BAD_FACTS),
                "bad facts: every problem as FILE:LINE:COLUMN: FIELD: what is wrong");
        list.put(
                Integer.toString(BAD_RULES),
                "rules that fail to compile or load, or that fail, run away, flood "
                        + "memory or pass their deadline as they run; with --strict, rule code that calls outside what rules may call");
        list.put(Integer.toString(INTERNAL), "internal error: a bug, please report it");
        list.put(
                Integer.toString(OUT_OF_MEMORY),
                "out of memory: the Java heap is too small for the fact set (java -Xmx...)");
        return list;
    }

    /** Lists the exit codes in the --help of every command. */
    static void describeIn(CommandLine line) {
        line.getCommandSpec()
                .usageMessage()
                .exitCodeListHeading("%nExit codes:%n")
                .exitCodeList(MEANINGS);
        line.getSubcommands().values().forEach(ExitCodes::describeIn);
    }

    private ExitCodes() {}

    /** A failure as the exit code and the lines to print on stderr. */
    record Failure(int code, List<String> lines) {}

    static Failure of(Exception failure) {
        if (failure instanceof BadFactsException bad) {
            return new Failure(
                    BAD_FACTS, bad.problems().stream().map(FactProblem::toString).toList());
        }
        if (failure instanceof RuleSetException bad) {
            return new Failure(
                    BAD_RULES, bad.problems().stream().map(RuleProblem::toString).toList());
        }
        if (failure instanceof ScenarioException bad) {
            // a malformed scenario is refused like a broken rule file: it is kept and checked with
            // the rules
            return new Failure(
                    bad.onlyBadFacts() ? BAD_FACTS : BAD_RULES,
                    bad.problems().stream().map(ScenarioProblem::toString).toList());
        }
        if (failure instanceof ScenarioRunException broken) {
            return new Failure(BAD_RULES, List.of("error: " + broken.getMessage()));
        }
        if (failure instanceof RuleRunException broken) {
            return new Failure(BAD_RULES, List.of("error: " + broken.getMessage()));
        }
        if (failure instanceof UsageException usage) {
            return new Failure(USAGE, List.of("ally-advisor: " + usage.getMessage()));
        }
        return new Failure(
                INTERNAL,
                List.of(
                        "ally-advisor: internal error: "
                                + failure
                                + " (please report it; --verbose shows where)"));
    }
}
