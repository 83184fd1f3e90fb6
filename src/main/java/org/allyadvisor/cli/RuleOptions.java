package org.allyadvisor.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import org.allyadvisor.rules.CompiledRuleCache;
import org.allyadvisor.rules.RuleSet;
import org.allyadvisor.rules.RuleSetException;
import org.allyadvisor.rules.RuleWarning;
import picocli.CommandLine.Option;

/**
 * Which rules a command runs, shared by every command that loads a rule set: --rules and --strict.
 */
final class RuleOptions {

    @Option(
            names = "--rules",
            paramLabel = "DIR",
            description =
                    "A rule folder to use instead of the built-in rules, e.g. rules/ as edited. Compiled once "
                            + "per change and kept in ~/.cache/ally-advisor (ALLY_ADVISOR_CACHE=DIR or off).")
    Path folder;

    @Option(
            names = "--strict",
            description =
                    "Make warnings errors, such as code that calls outside what rules may call "
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

    /**
     * Another rule folder (or the built-in rules for null), loaded, cached and heeded as --rules
     * is.
     */
    RuleSet load(Path other, Diagnostics diagnostics, PrintWriter err) throws RuleSetException {
        return reload(other, null, diagnostics, err);
    }

    /**
     * Says under --verbose what loading {@code used} took, and whether its rules were compiled now
     * or earlier (from the rule cache, or built in): the one step that tells a slow start from a
     * fast one.
     */
    static RuleSet said(RuleSet used, Stopwatch clock) {
        clock.lap(
                (used.precompiled()
                                ? "loaded " + used.rules().size() + " rules compiled earlier"
                                : "compiled " + used.rules().size() + " rules")
                        + " from "
                        + used.source());
        return used;
    }

    /**
     * The --rules folder again after a save, as {@link #load} does, but keeping the compiled rules
     * of {@code earlier} (loaded from this folder before) when only the thresholds file changed.
     */
    RuleSet reload(RuleSet earlier, Diagnostics diagnostics, PrintWriter err)
            throws RuleSetException {
        return reload(folder, earlier, diagnostics, err);
    }

    /**
     * Starts loading the --rules folder (or the built-in rules) on a thread of its own, so that a
     * command reads its facts meanwhile on the other core; {@link Loading#get} waits for it and
     * heeds its warnings then, so what a run says is what a run without the thread would say.
     */
    Loading loadMeanwhile(Diagnostics diagnostics, PrintWriter err) {
        FutureTask<RuleSet> task =
                new FutureTask<>(() -> loadQuietly(folder, null, diagnostics, err));
        Thread thread = new Thread(task, "ally-advisor-load-rules");
        thread.setDaemon(true); // a run that stops at bad facts does not wait for the rules
        thread.start();
        return new Loading(task, err);
    }

    /** Rules being loaded on a thread of their own. */
    final class Loading {
        private final FutureTask<RuleSet> task;
        private final PrintWriter err;

        private Loading(FutureTask<RuleSet> task, PrintWriter err) {
            this.task = task;
            this.err = err;
        }

        /**
         * The rules once loaded, their warnings said (or refused under --strict); their failure as
         * it was thrown.
         */
        RuleSet get() throws RuleSetException, InterruptedException {
            RuleSet rules;
            try {
                rules = task.get();
            } catch (ExecutionException failed) {
                Throwable cause = failed.getCause();
                if (cause instanceof RuleSetException bad) {
                    throw bad;
                }
                if (cause instanceof RuntimeException unexpected) {
                    throw unexpected;
                }
                if (cause instanceof Error error) {
                    throw error;
                }
                throw new IllegalStateException(cause);
            }
            heed(rules.warnings(), err);
            return rules;
        }
    }

    private RuleSet reload(Path other, RuleSet earlier, Diagnostics diagnostics, PrintWriter err)
            throws RuleSetException {
        RuleSet rules = loadQuietly(other, earlier, diagnostics, err);
        heed(rules.warnings(), err);
        return rules;
    }

    private static RuleSet loadQuietly(
            Path folder, RuleSet earlier, Diagnostics diagnostics, PrintWriter err)
            throws RuleSetException {
        if (folder == null) {
            return RuleSet.builtIn();
        }
        Optional<CompiledRuleCache> cache = RuleCacheFolder.of(System.getenv());
        return RuleSet.reload(
                folder,
                earlier,
                cache.map(
                                c ->
                                        c.withNotes(
                                                diagnostics.verbose()
                                                        ? note ->
                                                                err.println("ally-advisor: " + note)
                                                        : note -> {}))
                        .orElse(null));
    }

    private void heed(List<RuleWarning> warnings, PrintWriter err) throws RuleSetException {
        if (strict && !warnings.isEmpty()) {
            throw new RuleSetException(warnings.stream().map(RuleWarning::asProblem).toList());
        }
        warnings.forEach(err::println);
    }
}
