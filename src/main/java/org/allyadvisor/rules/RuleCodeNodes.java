package org.allyadvisor.rules;

import com.github.javaparser.ast.Node;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.drools.mvel.parser.ast.expr.DrlxExpression;
import org.drools.mvel.parser.ast.expr.FullyQualifiedInlineCastExpr;
import org.drools.mvel.parser.ast.expr.HalfBinaryExpr;
import org.drools.mvel.parser.ast.expr.HalfPointFreeExpr;
import org.drools.mvel.parser.ast.expr.InlineCastExpr;
import org.drools.mvel.parser.ast.expr.ListCreationLiteralExpression;
import org.drools.mvel.parser.ast.expr.ListCreationLiteralExpressionElement;
import org.drools.mvel.parser.ast.expr.MapCreationLiteralExpression;
import org.drools.mvel.parser.ast.expr.MapCreationLiteralExpressionKeyValuePair;
import org.drools.mvel.parser.ast.expr.NullSafeFieldAccessExpr;
import org.drools.mvel.parser.ast.expr.NullSafeMethodCallExpr;
import org.drools.mvel.parser.ast.expr.OOPathChunk;
import org.drools.mvel.parser.ast.expr.OOPathExpr;
import org.drools.mvel.parser.ast.expr.PointFreeExpr;

/**
 * Every node of a syntax tree, in the order they are written. JavaParser's own nodes know their
 * children; the nodes Drools adds for DRL's condition syntax ({@code $x : e}, {@code a memberOf b},
 * {@code x#Type}, {@code a!.b}, OOPath) do not register theirs, so their parts are named here.
 */
final class RuleCodeNodes {

    private RuleCodeNodes() {}

    /** The tree's nodes, each before its parts, parts in the order they are written. */
    static List<Node> of(Node root) {
        List<Node> nodes = new ArrayList<>();
        Set<Node> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        Deque<Node> pending = new ArrayDeque<>();
        pending.push(root);
        while (!pending.isEmpty()) {
            Node node = pending.pop();
            if (seen.add(node)) {
                nodes.add(node);
                List<Node> parts = parts(node);
                for (int i = parts.size() - 1; i >= 0; i--) {
                    pending.push(parts.get(i));
                }
            }
        }
        return nodes;
    }

    private static List<Node> parts(Node node) {
        List<Node> parts = new ArrayList<>();
        if (node instanceof DrlxExpression drlx) {
            add(parts, drlx.getBind(), drlx.getExpr());
        } else if (node instanceof PointFreeExpr operator) {
            add(parts, operator.getLeft(), operator.getOperator());
            parts.addAll(operator.getRight());
            add(
                    parts,
                    operator.getArg1(),
                    operator.getArg2(),
                    operator.getArg3(),
                    operator.getArg4());
        } else if (node instanceof HalfPointFreeExpr operator) {
            add(parts, operator.getOperator());
            parts.addAll(operator.getRight());
            add(
                    parts,
                    operator.getArg1(),
                    operator.getArg2(),
                    operator.getArg3(),
                    operator.getArg4());
        } else if (node instanceof HalfBinaryExpr half) {
            add(parts, half.getRight());
        } else if (node instanceof InlineCastExpr cast) {
            add(parts, cast.getExpression(), cast.getType());
        } else if (node instanceof FullyQualifiedInlineCastExpr cast) {
            add(parts, cast.getScope(), cast.getName());
            parts.addAll(cast.getArguments());
        } else if (node instanceof NullSafeMethodCallExpr call) {
            add(parts, call.getScope().orElse(null), call.getName());
            parts.addAll(call.getArguments());
        } else if (node instanceof NullSafeFieldAccessExpr access) {
            add(parts, access.getScope(), access.getName());
        } else if (node instanceof OOPathExpr path) {
            parts.addAll(path.getChunks());
        } else if (node instanceof OOPathChunk chunk) {
            add(parts, chunk.getField(), chunk.getInlineCast());
            parts.addAll(chunk.getConditions());
        } else if (node instanceof ListCreationLiteralExpression list) {
            parts.addAll(list.getExpressions());
        } else if (node instanceof ListCreationLiteralExpressionElement element) {
            add(parts, element.getValue());
        } else if (node instanceof MapCreationLiteralExpression map) {
            parts.addAll(map.getExpressions());
        } else if (node instanceof MapCreationLiteralExpressionKeyValuePair pair) {
            add(parts, pair.getKey(), pair.getValue());
        }
        for (Node child : node.getChildNodes()) {
            if (parts.stream().noneMatch(part -> part == child)) {
                parts.add(child);
            }
        }
        return parts;
    }

    private static void add(List<Node> parts, Node... nodes) {
        for (Node node : nodes) {
            if (Objects.nonNull(node)) {
                parts.add(node);
            }
        }
    }
}
