package org.allyadvisor.engine;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.allyadvisor.results.RuleRef;
import org.allyadvisor.rules.RuleInfo;
import org.allyadvisor.rules.RuleSet;
import org.kie.api.runtime.rule.ConsequenceException;

/**
 * Finds the rule behind a failure, from what Drools leaves in it: the rule of a consequence that
 * threw, the rules named by a condition that threw, or a rule's generated class in a stack trace.
 */
final class Culprits {

    /**
     * Drools' words for a condition that threw (MessageUtils.formatConstraintErrorMessage): {@code
     * Error evaluating constraint 'EXPR' in [Rule "A", "B" in FILE] [Rule "C" in FILE2]}.
     */
    private static final Pattern CONDITION =
            Pattern.compile("^Error evaluating constraint '(.*)' in (\\[Rule .*)$", Pattern.DOTALL);

    /**
     * How MVEL quotes the expression that failed, and the rule it was evaluated for, when it knows.
     */
    private static final Pattern MVEL_NEAR =
            Pattern.compile("\\[Near : \\{\\.\\.\\. (.*?) \\.\\.\\.\\.}]");

    private static final Pattern MVEL_IN_RULE = Pattern.compile("\\bIn Rule \"(.+?)\"");

    /** How Drools turns a rule's name into its class name (DialectUtil.getUniqueLegalName). */
    private static final Pattern NOT_IN_CLASS_NAMES = Pattern.compile("[ -/:-@\\[-`{-\\xff]");

    private final RuleSet rules;

    Culprits(RuleSet rules) {
        this.rules = rules;
    }

    /**
     * A condition that threw: the first of its rules in file order, and the condition as written.
     */
    record Condition(RuleRef rule, String expression) {}

    /**
     * A condition that threw, from what Drools says of it: its rules and its text when a constraint
     * failed; else the text MVEL quotes ({@code [Near : {... EXPR ....}]}), with the rule it names
     * or, failing that, the rule whose conditions are written so.
     */
    Optional<Condition> failedCondition(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            Matcher condition = t.getMessage() == null ? null : CONDITION.matcher(t.getMessage());
            if (condition != null && condition.matches()) {
                Optional<RuleInfo> first = firstNamedIn(condition.group(2));
                if (first.isPresent()) {
                    return Optional.of(new Condition(first.get().ref(), condition.group(1)));
                }
            }
        }
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            Matcher near = t.getMessage() == null ? null : MVEL_NEAR.matcher(t.getMessage());
            if (near != null && near.find()) {
                String expression = near.group(1).strip();
                Matcher named = MVEL_IN_RULE.matcher(t.getMessage());
                Optional<RuleInfo> rule =
                        named.find()
                                ? rules.rule(named.group(1))
                                : rules.ruleWithCondition(expression);
                if (rule.isPresent()) {
                    return Optional.of(new Condition(rule.get().ref(), expression));
                }
            }
        }
        return Optional.empty();
    }

    /** The first rule, in file order, of those a Drools message names as {@code "name"}. */
    private Optional<RuleInfo> firstNamedIn(String named) {
        return rules.rules().stream()
                .filter(rule -> named.contains("\"" + rule.name() + "\""))
                .findFirst();
    }

    /** The rule whose consequence threw, when Drools says so. */
    Optional<String> failedConsequence(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof ConsequenceException consequence && consequence.getRule() != null) {
                return Optional.of(consequence.getRule().getName());
            }
        }
        return Optional.empty();
    }

    /**
     * Rule code found on a stack: the rule, and whether it was a condition written in Java ({@code
     * eval}) rather than the consequence.
     */
    record InCode(String rule, boolean condition) {}

    /**
     * The rule whose generated code is nearest the top of the failure's stack, or of its causes'
     * stacks.
     */
    Optional<InCode> inStack(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            Optional<InCode> found = inStack(t.getStackTrace());
            if (found.isPresent()) {
                return found;
            }
        }
        return Optional.empty();
    }

    /**
     * The rule whose generated code is nearest the top of a stack: a consequence, or a condition
     * written in Java ({@code eval}). Conditions that Drools interprets leave no such trace.
     */
    Optional<InCode> inStack(StackTraceElement[] stack) {
        for (StackTraceElement frame : stack) {
            String className =
                    frame.getClassName().substring(frame.getClassName().lastIndexOf('.') + 1);
            if (!className.startsWith("Rule_")) {
                continue;
            }
            String best = null;
            for (RuleInfo rule : rules.rules()) {
                String prefix = "Rule_" + NOT_IN_CLASS_NAMES.matcher(rule.name()).replaceAll("_");
                if (className.startsWith(prefix)
                        && className.length() > prefix.length()
                        && Character.isDigit(className.charAt(prefix.length()))
                        && (best == null || rule.name().length() > best.length())) {
                    best = rule.name();
                }
            }
            if (best != null) {
                boolean consequence =
                        className.contains("Consequence")
                                || frame.getMethodName().contains("Consequence");
                return Optional.of(new InCode(best, !consequence));
            }
        }
        return Optional.empty();
    }

    /**
     * The rule whose conditions call the rule-file function nearest the top of a stack: how a
     * condition that overflowed the stack, or never returns, in a function is traced. Drools
     * compiles {@code function int deeper(...)} to a class {@code Deeper} with a static method
     * {@code deeper}.
     */
    Optional<String> callerOfFunctionIn(StackTraceElement[] stack) {
        for (StackTraceElement frame : stack) {
            String className =
                    frame.getClassName().substring(frame.getClassName().lastIndexOf('.') + 1);
            String method = frame.getMethodName();
            if (!method.isEmpty()
                    && className.equals(
                            Character.toUpperCase(method.charAt(0)) + method.substring(1))) {
                Optional<RuleInfo> caller = rules.ruleWithCondition(method + "(");
                if (caller.isPresent()) {
                    return caller.map(RuleInfo::name);
                }
            }
        }
        return Optional.empty();
    }

    /** Where a rule is written; a rule the catalogue does not know is cited by name alone. */
    RuleRef ref(String ruleName) {
        return ruleName == null
                ? null
                : rules.rule(ruleName).map(RuleInfo::ref).orElse(new RuleRef(ruleName, "", 0));
    }
}
