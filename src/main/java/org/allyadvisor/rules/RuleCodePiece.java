package org.allyadvisor.rules;

import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.drools.drl.ast.descr.AccumulateDescr;
import org.drools.drl.ast.descr.BaseDescr;
import org.drools.drl.ast.descr.BindingDescr;
import org.drools.drl.ast.descr.CollectDescr;
import org.drools.drl.ast.descr.ConditionalBranchDescr;
import org.drools.drl.ast.descr.ConditionalElementDescr;
import org.drools.drl.ast.descr.EntryPointDescr;
import org.drools.drl.ast.descr.EvalDescr;
import org.drools.drl.ast.descr.ExprConstraintDescr;
import org.drools.drl.ast.descr.FromDescr;
import org.drools.drl.ast.descr.GroupByDescr;
import org.drools.drl.ast.descr.NamedConsequenceDescr;
import org.drools.drl.ast.descr.PatternDescr;
import org.drools.drl.ast.descr.WindowReferenceDescr;

/**
 * The code of one rule, function or declared type, checked piece by piece (a consequence, each
 * condition, a {@code from} source, an {@code eval}, ...), with a warning under its name at the
 * line of each call outside the allow-list. Each piece is found in its file as written, so that a
 * call is reported at its own line, not its rule's.
 */
final class RuleCodePiece {

    static final String OUTSIDE =
            ", which is outside what rules may call "
                    + "(the advice builders, drools.*, the fact vocabulary, java.lang.Math)";

    /**
     * A warning and the offset of what it names, so that two calls on one line are said in the
     * order written.
     */
    record Found(RuleWarning warning, int offset) {}

    private final RuleCodeSource source;
    private final String owner;
    private final RuleCodeCalls.Names names;
    private final Map<String, String> accumulateImports;
    private final Consumer<Found> found;

    /**
     * @param owner how warnings name the code: {@code rule "Leaves quietly"}
     * @param accumulateImports the package's {@code import accumulate} classes, by function name
     */
    RuleCodePiece(
            RuleCodeSource source,
            String owner,
            RuleCodeCalls.Names names,
            Map<String, String> accumulateImports,
            Consumer<Found> found) {
        this.source = source;
        this.owner = owner;
        this.names = names;
        this.accumulateImports = accumulateImports;
        this.found = found;
    }

    void block(String what, String code, int from, boolean mvel) {
        int at = source.find(code, from);
        String written = at < 0 ? code : code.strip();
        try {
            if (mvel) {
                report(List.of(RuleCodeParser.mvelBlock(written)), at, from);
            } else {
                report(RuleCodeParser.javaBlock(written), at, from);
            }
        } catch (RuleCodeParser.Unreadable unreadable) {
            unreadable(what, unreadable.getMessage(), at < 0 ? from : at);
        } catch (RuntimeException failed) {
            unreadable(
                    what,
                    String.valueOf(failed),
                    at < 0 ? from : at); // a lint must never stop rules that compiled
        }
    }

    void expression(String what, String code, int from) {
        int at = source.find(code, from);
        try {
            report(List.of(RuleCodeParser.expression(at < 0 ? code : code.strip())), at, from);
        } catch (RuleCodeParser.Unreadable unreadable) {
            unreadable(what, unreadable.getMessage(), at < 0 ? from : at);
        } catch (RuntimeException failed) {
            unreadable(what, String.valueOf(failed), at < 0 ? from : at);
        }
    }

    /** Every piece of code in a rule's conditions, found in the file after {@code from}. */
    void conditions(BaseDescr descr, int from) {
        int here = descr.getLine() > 0 ? source.offset(descr.getLine(), descr.getColumn()) : from;
        if (descr instanceof PatternDescr pattern) {
            pattern.getDescrs().forEach(constraint -> conditions(constraint, here));
            if (pattern.getSource() != null) {
                conditions(pattern.getSource(), here);
            }
        } else if (descr instanceof ExprConstraintDescr constraint) {
            expression("a condition", constraint.getExpression(), here);
        } else if (descr instanceof BindingDescr binding) {
            expression("a condition", binding.getExpression(), here);
        } else if (descr instanceof FromDescr source) {
            expression("a from source", source.getDataSource().getText(), here);
        } else if (descr instanceof AccumulateDescr accumulate) {
            accumulate(accumulate, here);
        } else if (descr instanceof CollectDescr collect) {
            conditions(collect.getInputPattern(), here);
        } else if (descr instanceof EvalDescr eval) {
            expression("an eval", String.valueOf(eval.getContent()), here);
        } else if (descr instanceof ConditionalBranchDescr branch) {
            conditions(branch.getCondition(), here);
            if (branch.getElseBranch() != null) {
                conditions(branch.getElseBranch(), here);
            }
        } else if (descr instanceof ConditionalElementDescr element) {
            element.getDescrs().forEach(child -> conditions((BaseDescr) child, here));
        } else if (!(descr instanceof NamedConsequenceDescr
                || descr instanceof EntryPointDescr
                || descr instanceof WindowReferenceDescr)) {
            warn(
                    here,
                    owner
                            + ": a condition of a kind this check does not read ("
                            + descr.getClass().getSimpleName()
                            + ") was not checked for what it calls");
        }
    }

    private void accumulate(AccumulateDescr accumulate, int here) {
        if (accumulate.getInput() != null) {
            conditions(accumulate.getInput(), here);
        }
        for (AccumulateDescr.AccumulateFunctionCallDescr function : accumulate.getFunctions()) {
            String imported = accumulateImports.get(function.getFunction());
            if (imported != null
                    && names.types().type(imported).filter(RuleCodeTypes::allowed).isEmpty()) {
                warn(
                        here,
                        owner
                                + " calls accumulate function "
                                + function.getFunction()
                                + " ("
                                + imported
                                + ")"
                                + OUTSIDE);
            }
            for (String parameter : function.getParams()) {
                expression("an accumulate function", parameter, here);
            }
        }
        for (String code :
                new String[] {
                    accumulate.getInitCode(),
                    accumulate.getActionCode(),
                    accumulate.getReverseCode()
                }) {
            if (code != null && !code.isBlank()) {
                block("its accumulate code", code, here, false);
            }
        }
        if (accumulate.getResultCode() != null && !accumulate.getResultCode().isBlank()) {
            expression("its accumulate result", accumulate.getResultCode(), here);
        }
        if (accumulate instanceof GroupByDescr groupBy) {
            for (String code :
                    new String[] {groupBy.getGroupingKey(), groupBy.getGroupingFunction()}) {
                if (code != null && !code.isBlank()) {
                    expression("its groupby", code, here);
                }
            }
        }
    }

    private void report(List<RuleCodeParser.Parsed> parsed, int at, int from) {
        for (RuleCodeParser.Parsed tree : parsed) {
            for (RuleCodeCalls.Call call : RuleCodeCalls.outsideAllowList(tree.tree(), names)) {
                // where the piece was not found as written, its calls are put at the line it starts
                // from
                warn(
                        at < 0 ? from : at + tree.offsetOf(call.at()),
                        owner + " " + call.what() + OUTSIDE);
            }
        }
    }

    private void unreadable(String what, String why, int at) {
        warn(at, owner + ": " + what + " could not be read to check what it calls (" + why + ")");
    }

    private void warn(int offset, String message) {
        found.accept(
                new Found(new RuleWarning(source.path(), source.line(offset), message), offset));
    }
}
