package org.allyadvisor.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;

/**
 * Runs a pass again each time a watched file is saved, in one JVM, until interrupted: what lets a
 * policy officer edit a threshold and see the advice change without a new start each time. A pass
 * that fails says why, on stderr, and the loop goes on watching for the fix.
 */
final class WatchLoop {

    /**
     * Editors save a file in several writes (truncate, write, write): changes of fact or rule files
     * this close together are one save. Short, since every save waits this long after its last
     * write; other files (swap, backup, a tool's temporary file) do not prolong it.
     */
    private static final long SETTLE_MILLIS = 20;

    /** One assessment; told whether a rule file changed since the last. */
    @FunctionalInterface
    interface Pass {
        void run(boolean rulesChanged) throws Exception;
    }

    private final Path facts;
    private final Path rules;
    private final PrintWriter err;

    /**
     * @param facts the fact file or folder
     * @param rules the rule folder, or null for the built-in rules (which cannot change)
     */
    WatchLoop(Path facts, Path rules, PrintWriter err) {
        this.facts = facts.toAbsolutePath().normalize();
        this.rules = rules == null ? null : rules.toAbsolutePath().normalize();
        this.err = err;
    }

    /** Runs the pass now and after every save, until the thread is interrupted. */
    int run(Pass pass) throws IOException {
        try (WatchService watcher = FileSystems.getDefault().newWatchService()) {
            Map<WatchKey, Path> folders = new LinkedHashMap<>();
            Path factFolder = Files.isDirectory(facts) ? facts : facts.getParent();
            folders.put(register(factFolder, watcher), factFolder);
            if (rules != null && Files.isDirectory(rules)) {
                folders.put(register(rules, watcher), rules);
            }
            attempt(pass, true);
            err.println(
                    "ally-advisor: watching "
                            + facts
                            + (rules == null ? "" : " and " + rules)
                            + " for saved changes (Ctrl-C to stop)");
            err.flush();
            while (!Thread.currentThread().isInterrupted()) {
                Set<String> changed = new TreeSet<>();
                Events first = collect(watcher.take(), folders, changed);
                if (!first.counted()) {
                    continue; // only files that are no fact or rule file: nothing to wait for
                }
                boolean rulesChanged = first.rules();
                // let the rest of one save arrive: it is over once its files have been quiet for
                // the settle time
                long quietAt = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(SETTLE_MILLIS);
                for (long left; (left = quietAt - System.nanoTime()) > 0; ) {
                    WatchKey more = watcher.poll(left, TimeUnit.NANOSECONDS);
                    if (more == null) {
                        break;
                    }
                    Events next = collect(more, folders, changed);
                    rulesChanged |= next.rules();
                    if (next.counted()) {
                        quietAt = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(SETTLE_MILLIS);
                    }
                }
                long start = System.nanoTime();
                boolean ok = attempt(pass, rulesChanged);
                err.println(
                        "ally-advisor: "
                                + String.join(", ", changed)
                                + " changed: "
                                + (ok
                                        ? "re-assessed in "
                                                + (System.nanoTime() - start) / 1_000_000
                                                + " ms"
                                        : "not assessed, see above")
                                + "; watching");
                err.flush();
            }
        } catch (InterruptedException | ClosedWatchServiceException stopped) {
            Thread.currentThread().interrupt();
        }
        return ExitCodes.DONE;
    }

    private static WatchKey register(Path folder, WatchService watcher) throws IOException {
        return folder.register(
                watcher,
                StandardWatchEventKinds.ENTRY_CREATE,
                StandardWatchEventKinds.ENTRY_MODIFY,
                StandardWatchEventKinds.ENTRY_DELETE);
    }

    /**
     * What a key's events were: whether any was of a fact or rule file, and whether one was of a
     * rule file.
     */
    private record Events(boolean counted, boolean rules) {}

    /** Adds the names of the files that matter among a key's events. */
    private Events collect(WatchKey key, Map<WatchKey, Path> folders, Set<String> changed) {
        Path folder = folders.get(key);
        boolean counted = false;
        boolean rulesChanged = false;
        for (WatchEvent<?> event : key.pollEvents()) {
            if (!(event.context() instanceof Path name) || ignored(name)) {
                continue;
            }
            Path file = folder.resolve(name);
            boolean factFile = Files.isDirectory(facts) ? folder.equals(facts) : file.equals(facts);
            boolean ruleFile = folder.equals(rules);
            if (factFile || ruleFile) {
                changed.add(name.toString());
                counted = true;
                rulesChanged |= ruleFile;
            }
        }
        key.reset();
        return new Events(counted, rulesChanged);
    }

    /**
     * Files that are no fact or rule file: editors' swap, backup and lock files, hidden files, and
     * the temporary files tools write beside a file they replace ({@code sed -i}'s {@code
     * sedXXXXXX}), told by their extension: a fact file is YAML, JSON or CSV, a rule file DRL, DSL,
     * DSLR, CSV, XLSX or the thresholds file.
     */
    private static boolean ignored(Path name) {
        String text = name.toString();
        if (text.startsWith(".") || text.endsWith("~") || text.startsWith("#")) {
            return true;
        }
        String lower = text.toLowerCase(java.util.Locale.ROOT);
        int dot = lower.lastIndexOf('.');
        return dot < 0 || !WATCHED_EXTENSIONS.contains(lower.substring(dot + 1));
    }

    private static final Set<String> WATCHED_EXTENSIONS =
            Set.of("yaml", "yml", "json", "csv", "drl", "dsl", "dslr", "xlsx");

    /** One pass; a failure said as a run would say it, and false. */
    private boolean attempt(Pass pass, boolean rulesChanged) {
        try {
            pass.run(rulesChanged);
            return true;
        } catch (Exception failure) {
            ExitCodes.of(failure).lines().forEach(err::println);
            err.flush();
            return false;
        }
    }
}
