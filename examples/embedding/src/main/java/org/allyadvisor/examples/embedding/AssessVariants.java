package org.allyadvisor.examples.embedding;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import org.allyadvisor.engine.Assessor;
import org.allyadvisor.facts.FactSet;
import org.allyadvisor.facts.read.BadFactsException;
import org.allyadvisor.facts.read.FactReader;
import org.allyadvisor.results.Assessment;
import org.allyadvisor.rules.RuleSet;

/**
 * A what-if study as another tool would run it through the library: the rules loaded once, a
 * thousand variants of a fact set assessed on every core, and a summary of how the advice moved.
 *
 * <pre>java org.allyadvisor.examples.embedding.AssessVariants FACTS VARIANTS SEED</pre>
 */
public final class AssessVariants {

    private static final int ALLIES_SHOWN_PER_KIND = 6;
    private static final int CHANGES_SHOWN = 10;

    private AssessVariants() {}

    public static void main(String[] args) throws Exception {
        if (args.length != 3) {
            System.err.println("usage: AssessVariants FACTS VARIANTS SEED");
            System.exit(2);
        }
        Path folder = Path.of(args[0]);
        int count = Integer.parseInt(args[1]);
        long seed = Long.parseLong(args[2]);

        FactSet written;
        try {
            written = FactReader.read(folder);
        } catch (BadFactsException bad) {
            bad.problems().forEach(System.err::println);
            System.exit(3);
            return;
        }
        Assessor assessor =
                new Assessor(RuleSet.builtIn()); // compiled once, shared by every thread
        Tally tally = new Tally(assessor.assess(written));
        List<Variants.Variant> variants = Variants.of(written, count, seed);

        int threads = Runtime.getRuntime().availableProcessors();
        long start = System.nanoTime();
        List<Assessment> results = assessAll(assessor, variants, threads);
        long millis = Math.max(1, (System.nanoTime() - start) / 1_000_000);
        for (int i = 0; i < variants.size(); i++) {
            tally.add(variants.get(i), results.get(i));
        }
        print(System.out, args[0], written, seed, threads, millis, tally);
    }

    /** Every variant's assessment, in variant order whatever thread made it. */
    private static List<Assessment> assessAll(
            Assessor assessor, List<Variants.Variant> variants, int threads) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<Assessment>> runs = new ArrayList<>(variants.size());
            for (Variants.Variant variant : variants) {
                runs.add(pool.submit(() -> assessor.assess(variant.facts())));
            }
            List<Assessment> results = new ArrayList<>(runs.size());
            for (Future<Assessment> run : runs) {
                results.add(run.get());
            }
            return results;
        } finally {
            pool.shutdown();
        }
    }

    private static void print(
            PrintStream out,
            String facts,
            FactSet written,
            long seed,
            int threads,
            long millis,
            Tally tally) {
        int allies = written.allies().size();
        out.printf(
                "variants: %d of %s (%d allies), seed %d%n", tally.variants(), facts, allies, seed);
        out.printf(
                "  each ally's defense spending shifted by up to %.1f%% of GDP either way, US support drawn at random%n",
                Variants.MAX_SHIFT_PCT_GDP);
        out.printf(
                "threads: %d; time: %d ms (%d variants/s, %d ally-assessments/s)%n",
                threads,
                millis,
                tally.variants() * 1000L / millis,
                (long) tally.variants() * allies * 1000L / millis);
        out.println(
                "support levels drawn: "
                        + tally.supports().entrySet().stream()
                                .map(e -> e.getKey() + " " + e.getValue())
                                .collect(Collectors.joining(", ")));
        int[] range = tally.actionsPerVariantRange();
        out.printf(
                "actions per variant: fewest %d, median %d, most %d (the facts as written: %d)%n",
                range[0], range[1], range[2], tally.writtenActions());
        out.println("variants giving each action, by ally:");
        tally.byKind()
                .forEach((kind, byAlly) -> out.println("  " + kind + ": " + mostFirst(byAlly)));
        out.println("top changes against the facts as written:");
        for (Tally.Change change : tally.topChanges(CHANGES_SHOWN)) {
            out.printf(
                    "  %-6s %-50s in %d of %d variants%n",
                    change.gained() ? "gained" : "lost",
                    change.actionId(),
                    change.variants(),
                    tally.variants());
        }
    }

    private static String mostFirst(Map<String, Integer> byAlly) {
        List<Map.Entry<String, Integer>> entries =
                byAlly.entrySet().stream()
                        .sorted(
                                Map.Entry.<String, Integer>comparingByValue(
                                                Comparator.reverseOrder())
                                        .thenComparing(Map.Entry.comparingByKey()))
                        .toList();
        String shown =
                entries.stream()
                        .limit(ALLIES_SHOWN_PER_KIND)
                        .map(e -> e.getKey() + " " + e.getValue())
                        .collect(Collectors.joining(", "));
        int more = entries.size() - ALLIES_SHOWN_PER_KIND;
        return more > 0 ? shown + " (+" + more + " more allies)" : shown;
    }
}
