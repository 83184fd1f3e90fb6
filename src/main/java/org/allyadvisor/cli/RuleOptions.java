package org.allyadvisor.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.allyadvisor.rules.CompiledRuleCache;
import org.allyadvisor.rules.RuleSet;
import org.allyadvisor.rules.RuleSetException;
import org.allyadvisor.rules.RuleWarning;
import picocli.CommandLine.Option;

/** Which rules a command runs, shared by every command that loads a rule set: --rules and --strict. */
final class RuleOptions {

    @Option(names = "--rules", paramLabel = "DIR",
            description = "A rule folder to use instead of the built-in rules, e.g. rules/ as edited. Compiled once "
                    + "per change and kept in ~/.cache/ally-advisor (ALLY_ADVISOR_CACHE=DIR or off).")
    Path folder;

    @Option(names = "--strict",
            description = "Make warnings errors, such as code that calls outside what rules may call "
                    + "(System.exit, file writes, ...): assess refuses the rule set (exit 4), validate fails (exit 1). "
                    + "Without it they are warnings.")
    boolean strict;

    /** The folder given, or null for the built-in rules. */
    Path folder() {
        return folder;
    }

    boolean strict() {
        return strict;
    }

    /**
     * The built-in rules, or the --rules folder (from the rule cache when it has not changed); its
     * warnings said on {@code err}, or refused under --strict.
     */
    RuleSet load(Diagnostics diagnostics, PrintWriter err) throws RuleSetException {
        return load(folder, diagnostics, err);
    }

    /** Another rule folder (or the built-in rules for null), loaded, cached and heeded as --rules is. */
    RuleSet load(Path other, Diagnostics diagnostics, PrintWriter err) throws RuleSetException {
        RuleSet rules = loadQuietly(other, diagnostics, err);
        heed(rules.warnings(), err);
        return rules;
    }

    private static RuleSet loadQuietly(Path folder, Diagnostics diagnostics, PrintWriter err) throws RuleSetException {
        if (folder == null) {
            return RuleSet.builtIn();
        }
        Optional<CompiledRuleCache> cache = RuleCacheFolder.of(System.getenv());
        return cache.isPresent()
                ? RuleSet.load(folder, cache.get().withNotes(diagnostics.verbose() ? note -> err.println("ally-advisor: " + note)
                        : note -> { }))
                : RuleSet.load(folder);
    }

    private void heed(List<RuleWarning> warnings, PrintWriter err) throws RuleSetException {
        if (strict && !warnings.isEmpty()) {
            throw new RuleSetException(warnings.stream().map(RuleWarning::asProblem).toList());
        }
        warnings.forEach(err::println);
    }
}
