package org.allyadvisor.rules;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.drools.drl.parser.lang.dsl.DSLTokenizedMappingFile;
import org.drools.drl.parser.lang.dsl.DefaultExpander;

/**
 * The rule files of a set as the code Drools compiles, each under its own name and path and on
 * its own lines: a DRL file as written, a DSLR file with its sentences expanded by the DSL files
 * (line for line), a decision table as the DRL Drools makes of it with each rule on its row's
 * line ({@link DecisionTables}). The checks that read rule code as text (stated distances,
 * imports, calls outside the allow-list, conditions) read these, so they see table and DSL
 * rules as they see DRL and report them at the lines staff edit.
 */
final class RuleSources {

    private final List<RuleFile> code;
    private final Map<String, String> tables;

    private RuleSources(List<RuleFile> code, Map<String, String> tables) {
        this.code = List.copyOf(code);
        this.tables = Map.copyOf(tables);
    }

    /** The code of every rule file; every decision table that cannot be read is a problem, all of them together. */
    static RuleSources of(List<RuleFile> files) throws RuleSetException {
        List<RuleProblem> problems = new ArrayList<>();
        List<RuleFile> code = new ArrayList<>();
        Map<String, String> tables = new LinkedHashMap<>();
        DefaultExpander expander = null;
        for (RuleFile file : files) {
            switch (file.kind()) {
                case DRL -> code.add(file);
                case DSLR -> {
                    expander = expander == null ? expander(files) : expander;
                    code.add(RuleFile.ofText(file.name(), file.path(), expanded(expander, file)));
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
                default -> { }
            }
        }
        if (!problems.isEmpty()) {
            throw new RuleSetException(problems);
        }
        return new RuleSources(code, tables);
    }

    /** The rule code, one file per rule file (DSL mappings are read through the DSLR files they expand). */
    List<RuleFile> code() {
        return code;
    }

    /** The DRL a decision table compiles as, by the table's path. */
    String tableDrl(String path) {
        return tables.get(path);
    }

    private static DefaultExpander expander(List<RuleFile> files) {
        DefaultExpander expander = new DefaultExpander();
        for (RuleFile dsl : files.stream().filter(f -> f.kind() == RuleFile.Kind.DSL).toList()) {
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

    /** The DSLR file with its sentences expanded, or as written when they do not expand (the compiler says why). */
    private static String expanded(DefaultExpander expander, RuleFile dslr) {
        try {
            String drl = expander.expand(dslr.text());
            return drl.lines().count() == dslr.text().lines().count() ? drl : dslr.text();
        } catch (RuntimeException unexpandable) {
            return dslr.text();
        }
    }
}
