package org.allyadvisor.rules;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.drools.drl.parser.ParserError;
import org.kie.internal.builder.KnowledgeBuilderError;

/**
 * Turns Drools' build errors into one located line each, the way a compiler would say them. Drools
 * reports one mistake several times (and, after a syntax error, every rule of the package that used
 * a type the broken file declared; after a misspelt import, every consequence and function of the
 * package): users get the first, clearest report of each mistake, only the syntax errors when there
 * are any, and a misspelt import first, without what it breaks.
 */
final class DroolsMessages {

    /** Drools adds this after every syntax error; the syntax error itself says what is wrong. */
    private static final String PARSER_NOISE = "Parser returned a null Package";

    private static final Pattern PARSER_PREFIX =
            Pattern.compile("^\\[ERR \\d+] Line (\\d+):(\\d+) ");
    private static final Pattern ANALYSIS =
            Pattern.compile(
                    "^Unable to Analyse Expression (.*?):\\s*\\[Error: (.*?)]\\s*\\[Near.*?(?:\\[Line: \\d+, Column: (\\d+)])?$",
                    Pattern.DOTALL);
    private static final Pattern IN_RULE = Pattern.compile("\\bin rule \"([^\"]+)\"");
    private static final Pattern UNKNOWN_ACCESSOR =
            Pattern.compile(
                    "unable to resolve method using strict-mode: (?:[\\w$]+\\.)*([\\w$]+)\\.(\\w+)\\(\\)");

    private DroolsMessages() {}

    /**
     * @param files the rule files
     * @param code their code as Drools compiles it ({@link RuleSources}), to find what Drools
     *     reports at the wrong line (a misspelt import)
     */
    static List<RuleProblem> problems(
            Iterable<KnowledgeBuilderError> errors,
            String source,
            List<RuleFile> files,
            List<RuleFile> code) {
        java.util.Set<String> tables = new java.util.HashSet<>();
        RuleSetLoader.tables(files).forEach(table -> tables.add(table.path()));
        List<KnowledgeBuilderError> all = new ArrayList<>();
        errors.forEach(all::add);
        boolean syntaxErrors = all.stream().anyMatch(e -> e instanceof ParserError);
        BrokenImports imports =
                syntaxErrors ? BrokenImports.in(List.of(), code) : BrokenImports.in(all, code);
        Map<String, RuleProblem> firstPerLine = new LinkedHashMap<>();
        imports.problems()
                .forEach(
                        p ->
                                firstPerLine.putIfAbsent(
                                        p.file() + ":" + p.line(), p)); // the cause first
        for (KnowledgeBuilderError error : all) {
            if (error.getMessage().contains(PARSER_NOISE)
                    || (syntaxErrors && !(error instanceof ParserError))
                    || imports.caused(error)) {
                continue;
            }
            RuleProblem found = locatedInText(located(error, source), code);
            // in a table, a column of the DRL Drools made of the row, not of the sheet: the row
            // says where
            RuleProblem problem =
                    tables.contains(found.file())
                            ? new RuleProblem(
                                    found.file(),
                                    tableRow(found, code),
                                    0,
                                    "decision table row: " + found.message())
                            : found;
            if (problem.line() == 0
                    && firstPerLine.keySet().stream()
                            .anyMatch(k -> k.startsWith(problem.file() + ":"))) {
                continue; // an unlocated echo of a problem already reported in that file
            }
            firstPerLine.putIfAbsent(problem.file() + ":" + problem.line(), problem);
        }
        return List.copyOf(firstPerLine.values());
    }

    /**
     * The sheet row a table problem is at: where Drools says, unless a broken code snippet (an
     * unclosed bracket in a column's code) made it say the end of the table; then the row of the
     * rule it names.
     */
    private static int tableRow(RuleProblem problem, List<RuleFile> code) {
        Matcher named = IN_RULE.matcher(problem.message());
        if (!named.find()) {
            return problem.line();
        }
        String start = "rule \"" + named.group(1) + "\"";
        for (RuleFile table : code) {
            if (table.path().equals(problem.file())) {
                List<String> lines = table.text().lines().toList();
                for (int i = 0; i < lines.size(); i++) {
                    if (lines.get(i).startsWith(start)) {
                        return i + 1;
                    }
                }
            }
        }
        return problem.line();
    }

    private static RuleProblem located(KnowledgeBuilderError error, String source) {
        String file =
                error.getResource() != null && error.getResource().getSourcePath() != null
                        ? error.getResource().getSourcePath()
                        : source;
        int line =
                error.getLines() != null && error.getLines().length > 0
                        ? Math.max(0, error.getLines()[0])
                        : 0;
        int column =
                error instanceof ParserError parserError ? Math.max(0, parserError.getCol()) : 0;
        String message = oneLine(error.getMessage());

        Matcher parser = PARSER_PREFIX.matcher(message);
        if (parser.find()) {
            line = Integer.parseInt(parser.group(1));
            column = Integer.parseInt(parser.group(2)) + 1;
            message = message.substring(parser.end());
        }
        Matcher analysis = ANALYSIS.matcher(message);
        if (analysis.find()) {
            String reason = analysis.group(2).strip();
            Matcher accessor = UNKNOWN_ACCESSOR.matcher(reason);
            message =
                    accessor.find()
                            ? "unknown field '"
                                    + accessor.group(2)
                                    + "' of "
                                    + accessor.group(1)
                                    + " in '"
                                    + analysis.group(1).strip()
                                    + "'"
                            : "cannot analyse '" + analysis.group(1).strip() + "': " + reason;
        }
        if (message.startsWith("Rule Compilation error ")) {
            message =
                    "in a rule's consequence: "
                            + message.substring("Rule Compilation error ".length());
        }
        return new RuleProblem(file, line, column, message);
    }

    private static final Pattern IN_EXPRESSION =
            Pattern.compile("^unknown field '(\\w+)' of (\\w+) in '(.+)'$");

    /**
     * An unknown field in a condition comes without a line: it is found by its expression in the
     * file. When the type is a thresholds section ({@code BudgetPolicy}), the field is a threshold
     * the thresholds file does not have, and the nearest one it does have is suggested.
     */
    private static RuleProblem locatedInText(RuleProblem problem, List<RuleFile> files) {
        Matcher unknown = IN_EXPRESSION.matcher(problem.message());
        if (!unknown.matches()) {
            return problem;
        }
        String message = problem.message() + threshold(unknown.group(2), unknown.group(1));
        if (problem.line() > 0) {
            return new RuleProblem(problem.file(), problem.line(), problem.column(), message);
        }
        String expression =
                Pattern.quote(unknown.group(3).strip()).replaceAll("\\s+", "\\\\E\\\\s*\\\\Q");
        for (RuleFile file : files) {
            if (file.path().equals(problem.file())) {
                Matcher at = Pattern.compile(expression).matcher(file.text());
                if (at.find()) {
                    String before = file.text().substring(0, at.start());
                    int line = (int) before.chars().filter(c -> c == '\n').count() + 1;
                    return new RuleProblem(
                            problem.file(), line, at.start() - before.lastIndexOf('\n'), message);
                }
            }
        }
        return new RuleProblem(problem.file(), problem.line(), problem.column(), message);
    }

    private static String threshold(String type, String field) {
        for (java.lang.reflect.RecordComponent section :
                org.allyadvisor.policy.Thresholds.class.getRecordComponents()) {
            if (section.getType().getSimpleName().equals(type) && section.getType().isRecord()) {
                List<String> names =
                        java.util.Arrays.stream(section.getType().getRecordComponents())
                                .map(java.lang.reflect.RecordComponent::getName)
                                .toList();
                return ": "
                        + RuleSetLoader.THRESHOLDS_FILE
                        + " has no threshold "
                        + section.getName()
                        + "."
                        + field
                        + org.allyadvisor.text.NearestName.among(field, names)
                                .map(n -> "; did you mean '" + n + "'?")
                                .orElse("");
            }
        }
        return "";
    }

    /** Drools messages span lines; users get one line each. */
    private static String oneLine(String message) {
        return message.strip().replaceAll("\\s*[\\r\\n]+\\s*", " ");
    }
}
