package org.allyadvisor.cli;

/**
 * A watch's pass run again in the background, its result thrown away, a bounded number of times or
 * until the next save: a JVM that has just started runs the assessment path interpreted, and the
 * first saves would wait on that. Rehearsed, they are re-assessed by compiled code. It stops
 * between two steps as soon as a save arrives, so it never holds up the pass that matters, and goes
 * on with the rounds left after it.
 */
final class Rehearsal {

    /**
     * About what the JIT needs to compile the assessment path (a few seconds of one core, once).
     */
    static final int ROUNDS = 30;

    /** One rehearsed pass; {@code stopped} is asked between its steps. */
    @FunctionalInterface
    interface Round {
        void run(Rehearsal rehearsal) throws Exception;
    }

    static final Rehearsal NONE = new Rehearsal(0);

    private final int rounds;
    private volatile boolean stopped;
    private volatile int done;

    private Rehearsal(int rounds) {
        this.rounds = rounds;
    }

    /** Starts rehearsing {@code round} {@value #ROUNDS} times on a daemon thread of its own. */
    static Rehearsal start(Round round) {
        return start(round, ROUNDS);
    }

    /**
     * The rounds this one left undone when it was stopped, started again; {@code round} as before
     * or new.
     */
    Rehearsal resume(Round round) {
        return start(round, rounds - done);
    }

    private static Rehearsal start(Round round, int rounds) {
        Rehearsal rehearsal = new Rehearsal(rounds);
        if (rounds <= 0) {
            return rehearsal;
        }
        Thread thread =
                new Thread(
                        () -> {
                            try {
                                while (rehearsal.done < rounds && !rehearsal.stopped()) {
                                    round.run(rehearsal);
                                    rehearsal.done++;
                                }
                            } catch (Exception | StackOverflowError ignored) {
                                // a file caught mid-save, or a rule that fails: the real pass says
                                // so, not a rehearsal
                            }
                        },
                        "ally-advisor-rehearsal");
        thread.setDaemon(true);
        thread.setPriority(Thread.MIN_PRIORITY);
        thread.start();
        return rehearsal;
    }

    boolean stopped() {
        return stopped;
    }

    void stop() {
        stopped = true;
    }
}
