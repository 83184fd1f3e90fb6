package org.allyadvisor.engine;

/**
 * For rule files that test a consequence that never returns: {@link #untilReleased()} spins, deaf
 * to interrupts and to the engine, until the test calls {@link #release()}, so that the stuck
 * thread ends with the test rather than burning a core for the rest of the build.
 */
public final class Spin {

    private static volatile boolean released;

    private Spin() {}

    public static void untilReleased() {
        while (!released) {
            Thread.onSpinWait();
        }
    }

    public static void hold() {
        released = false;
    }

    public static void release() {
        released = true;
    }
}
