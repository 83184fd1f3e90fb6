package org.allyadvisor.cli;

import org.allyadvisor.uncertainty.Uncertainty;

/**
 * The checks of {@code assess --uncertainty N [--seed S]}, each failure one line of usage error.
 */
final class StudyOptions {

    /**
     * The seed when none is given: a fixed one, so that a study repeated as typed gives the same
     * report.
     */
    static final long DEFAULT_SEED = 1;

    private StudyOptions() {}

    static int variants(String typed) throws UsageException {
        if (typed == null) {
            throw new UsageException(
                    "--seed needs --uncertainty N: the seed is what the N variants are drawn from");
        }
        long n;
        try {
            n = Long.parseLong(typed.strip());
        } catch (NumberFormatException e) {
            throw new UsageException(
                    "--uncertainty takes a whole number of variants from 1 to "
                            + Uncertainty.MAX_VARIANTS
                            + ", got '"
                            + shown(typed)
                            + "'");
        }
        if (n < 1 || n > Uncertainty.MAX_VARIANTS) {
            throw new UsageException(
                    "--uncertainty takes a whole number of variants from 1 to "
                            + Uncertainty.MAX_VARIANTS
                            + ", got "
                            + n);
        }
        return (int) n;
    }

    static long seed(String typed) throws UsageException {
        if (typed == null) {
            return DEFAULT_SEED;
        }
        try {
            return Long.parseLong(typed.strip());
        } catch (NumberFormatException e) {
            throw new UsageException(
                    "--seed takes a whole number (from "
                            + Long.MIN_VALUE
                            + " to "
                            + Long.MAX_VALUE
                            + "), got '"
                            + shown(typed)
                            + "'");
        }
    }

    static void check(Format format, boolean watch) throws UsageException {
        if (format == Format.CSV) {
            throw new UsageException("--uncertainty writes table, json, markdown or html, not csv");
        }
        if (watch) {
            throw new UsageException(
                    "--uncertainty and --watch do not go together: a study of N variants is not re-run at each save");
        }
    }

    private static String shown(String typed) {
        String line = typed.replaceAll("\\p{Cntrl}", "?");
        return line.length() > 40 ? line.substring(0, 37) + "..." : line;
    }
}
