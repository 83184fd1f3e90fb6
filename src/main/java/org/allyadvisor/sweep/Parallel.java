package org.allyadvisor.sweep;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import org.allyadvisor.engine.RuleRunException;

/**
 * Runs independent assessments on a pool, or one after another; results come back in the order
 * asked.
 */
final class Parallel {

    /** Work that may fail as a rule run fails. */
    interface Task<T> {
        T call() throws RuleRunException;
    }

    private final ExecutorService pool;

    /**
     * @param pool the threads to use, or null to run on the caller's thread
     */
    Parallel(ExecutorService pool) {
        this.pool = pool;
    }

    static Parallel sequential() {
        return new Parallel(null);
    }

    <T> List<T> all(List<Task<T>> tasks) throws RuleRunException {
        List<T> results = new ArrayList<>(tasks.size());
        if (pool == null || tasks.size() < 2) {
            for (Task<T> task : tasks) {
                results.add(task.call());
            }
            return results;
        }
        List<Callable<T>> callables = new ArrayList<>();
        for (Task<T> task : tasks) {
            callables.add(task::call);
        }
        try {
            for (Future<T> future : pool.invokeAll(callables)) {
                results.add(future.get());
            }
            return results;
        } catch (ExecutionException failed) {
            if (failed.getCause() instanceof RuleRunException rules) {
                throw rules;
            }
            if (failed.getCause() instanceof RuntimeException bug) {
                throw bug;
            }
            throw new IllegalStateException(failed.getCause());
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new CancellationException("interrupted while sweeping");
        }
    }
}
