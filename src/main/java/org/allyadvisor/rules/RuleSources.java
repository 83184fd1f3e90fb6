package org.allyadvisor.rules;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.drools.drl.parser.lang.ExpanderException;
import org.drools.drl.parser.lang.dsl.DSLTokenizedMappingFile;
import org.drools.drl.parser.lang.dsl.DefaultExpander;

/**
 * The rule files of a set as the code Drools compiles, each under its own name and path and on its
 * own lines: a DRL file as written, a DSLR file with its sentences expanded by the DSL files (line
 * for line), a decision table as the DRL Drools makes of it with each rule on its row's line
 * ({@link DecisionTables}). The checks that read rule code as text (stated distances, imports,
 * calls outside the allow-list, conditions) read these, so they see table and DSL rules as they see
 * DRL and report them at the lines staff edit.
 */
final class RuleSources {

    private static final String UNABLE_TO_EXPAND = "Unable to expand:";

    private final List<RuleFile> code;
    private final Map<String, String> tables;
    private final List<RuleProblem> problems;
    private final List<RuleFile> readableDsl;
    private final boolean dslBroken;

    private RuleSources(
            List<RuleFile> code,
            Map<String, String> tables,
            List<RuleProblem> problems,
            List<RuleFile> readableDsl,
            boolean dslBroken) {
        this.code = List.copyOf(code);
        this.tables = Map.copyOf(tables);
        this.problems = List.copyOf(problems);
        this.readableDsl = List.copyOf(readableDsl);
        this.dslBroken = dslBroken;
    }

    /**
     * The code of every rule file that can be read as code: a decision table that cannot be read,
     * or a DSLR file with a sentence no DSL entry matches, is a problem instead (every one of
     * them), and is left out.
     */
    static RuleSources of(List<RuleFile> files) {
        List<RuleProblem> problems = new ArrayList<>();
        List<RuleFile> code = new ArrayList<>();
        Map<String, String> tables = new LinkedHashMap<>();
        // each DSL file's entries are parsed once, here: the loader asks which ones it may compile
        List<RuleFile> dsl = files.stream().filter(f -> f.kind() == RuleFile.Kind.DSL).toList();
        List<RuleFile> readableDsl = dsl.stream().filter(DslEntries::readable).toList();
        boolean dslBroken = readableDsl.size() < dsl.size();
        for (RuleFile file : files) {
            switch (file.kind()) {
                case DRL -> code.add(file);
                case DSLR -> {
                    List<RuleProblem> unmatched = new ArrayList<>();
                    String drl = expanded(expander(readableDsl), file, unmatched);
                    if (unmatched.isEmpty()) {
                        code.add(RuleFile.ofText(file.name(), file.path(), drl));
                    }
                    // without any DSL, DslFiles says so once, not for every sentence; with a
                    // broken one, DslEntries says what is wrong with it, not every sentence it
                    // would have read
                    if (DslFiles.present(files) && !dslBroken) {
                        problems.addAll(unmatched);
                    }
                }
                case CSV_TABLE, XLSX_TABLE -> {
                    try {
                        String drl = DecisionTables.toDrl(file);
                        tables.put(file.path(), drl);
                        code.add(RuleFile.ofText(file.name(), file.path(), drl));
                    } catch (RuleSetException badTable) {
                        problems.addAll(badTable.problems());
                    }
                }
                default -> {}
            }
        }
        return new RuleSources(code, tables, problems, readableDsl, dslBroken);
    }

    /** What keeps rule files from being read as code, in file order. */
    List<RuleProblem> problems() {
        return problems;
    }

    /** The DSL files whose every entry can be read: the ones the compiler is given. */
    List<RuleFile> readableDsl() {
        return readableDsl;
    }

    /**
     * Whether a DSL file has an entry that cannot be read ({@link DslEntries} says which): the DSLR
     * files are then left out rather than reported sentence by sentence.
     */
    boolean dslBroken() {
        return dslBroken;
    }

    /**
     * Whether a DSLR file or a table can be given to the compiler: its sentences all expand, its
     * sheet reads.
     */
    boolean readable(RuleFile file) {
        return code.stream().anyMatch(c -> c.path().equals(file.path()));
    }

    /**
     * The rule code, one file per rule file (DSL mappings are read through the DSLR files they
     * expand).
     */
    List<RuleFile> code() {
        return code;
    }

    /** The DRL a decision table compiles as, by the table's path. */
    String tableDrl(String path) {
        return tables.get(path);
    }

    private static DefaultExpander expander(List<RuleFile> readableDsl) {
        DefaultExpander expander = new DefaultExpander();
        for (RuleFile dsl : readableDsl) {
            DSLTokenizedMappingFile mapping = new DSLTokenizedMappingFile();
            try {
                if (mapping.parseAndLoad(new StringReader(dsl.text()))) {
                    expander.addDSLMapping(mapping.getMapping());
                }
            } catch (IOException | RuntimeException unreadable) {
                // the compiler reports a broken DSL file; here it only expands nothing
            }
        }
        return expander;
    }

    /**
     * The DSLR file with its sentences expanded; each sentence no DSL entry matches is a problem at
     * its line (Drools would go on to parse the sentence as DRL and report a syntax error in it).
     */
    private static String expanded(
            DefaultExpander expander, RuleFile dslr, List<RuleProblem> unmatched) {
        String drl;
        try {
            drl = expander.expand(dslr.text());
        } catch (RuntimeException unexpandable) {
            return dslr.text(); // the compiler says what is wrong
        }
        for (ExpanderException error : expander.getErrors()) {
            String message = error.getMessage().strip(); // "[36] Unable to expand: the sentence"
            int unable = message.indexOf(UNABLE_TO_EXPAND);
            if (unable >= 0) {
                unmatched.add(
                        new RuleProblem(
                                dslr.path(),
                                error.getLine(),
                                0,
                                "no DSL entry matches the sentence '"
                                        + message.substring(unable + UNABLE_TO_EXPAND.length())
                                                .strip()
                                        + "'; the .dsl files define the sentences rules may use"));
            }
        }
        return drl.lines().count() == dslr.text().lines().count() ? drl : dslr.text();
    }
}
