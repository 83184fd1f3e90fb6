package org.allyadvisor.sweep;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.allyadvisor.advice.Priority;
import org.allyadvisor.facts.Ally;
import org.allyadvisor.facts.FactSet;

/**
 * Reads each ally's flips off a search's profile: where, along the values assessed, each piece of
 * its advice changes.
 */
final class Tracks {

    private final FlipSearch.Profile profile;
    private final boolean whole;
    private final List<FlipSearch.Point> points;

    Tracks(FlipSearch.Profile profile, boolean whole) {
        this.profile = profile;
        this.whole = whole;
        this.points = profile.points().stream().filter(p -> p.outcome() != null).toList();
    }

    /**
     * The allies whose advice flips, in the fact set's order.
     *
     * @param baseline the advice at the value now, which may lie outside the range
     */
    List<AllySweep> allies(FactSet facts, BigDecimal now, Outcome baseline) {
        List<AllySweep> allies = new ArrayList<>();
        for (Ally ally : facts.allies()) {
            List<ItemSweep> items = items(ally.id(), now, baseline);
            if (!items.isEmpty()) {
                allies.add(new AllySweep(ally.id(), ally.name(), items));
            }
        }
        return allies;
    }

    private List<ItemSweep> items(String ally, BigDecimal now, Outcome baseline) {
        Set<String> keys =
                new TreeSet<>(
                        Comparator.comparing((String k) -> k.startsWith("risk/"))
                                .thenComparing(k -> k));
        points.forEach(p -> keys.addAll(p.outcome().of(ally).keySet()));
        List<ItemSweep> items = new ArrayList<>();
        for (String key : keys) {
            List<Flip> flips = flips(ally, key);
            if (!flips.isEmpty()) {
                items.add(new ItemSweep(words(ally, key, now), baseline.of(ally, key), flips));
            }
        }
        return items;
    }

    /** Every flip of one item, in rising order. */
    List<Flip> flips(String ally, String key) {
        List<Flip> flips = new ArrayList<>();
        FlipSearch.Point previous = null;
        for (FlipSearch.Point p : points) {
            Priority state = p.outcome().of(ally, key);
            if (previous != null) {
                Priority before = previous.outcome().of(ally, key);
                if (before != state) {
                    flips.add(flip(previous.x(), p.x(), before, state));
                }
            }
            previous = p;
        }
        return flips;
    }

    private Flip flip(BigDecimal a, BigDecimal b, Priority below, Priority above) {
        if (whole) {
            return new Flip(b, true, true, below, above);
        }
        if (profile.candidates().contains(a)) {
            return new Flip(a, false, true, below, above);
        }
        if (profile.candidates().contains(b)) {
            return new Flip(b, true, true, below, above);
        }
        BigDecimal mid =
                a.add(b)
                        .divide(
                                BigDecimal.valueOf(2),
                                Math.max(0, profile.precision().scale()),
                                RoundingMode.HALF_EVEN);
        return new Flip(mid, false, false, below, above);
    }

    /** Whether the ally's advice at any value of the side differs from its advice now. */
    boolean differs(String ally, BigDecimal now, boolean below) {
        FlipSearch.Point at = pointAt(now);
        if (at == null) {
            return false;
        }
        return points.stream()
                .filter(p -> below ? p.x().compareTo(now) < 0 : p.x().compareTo(now) > 0)
                .anyMatch(p -> !p.outcome().of(ally).equals(at.outcome().of(ally)));
    }

    /** How many flips, of all allies' advice, the profile holds. */
    int flipCount(FactSet facts) {
        int count = 0;
        FlipSearch.Point previous = null;
        for (FlipSearch.Point p : points) {
            if (previous != null) {
                for (Ally ally : facts.allies()) {
                    Set<String> keys = new TreeSet<>(previous.outcome().of(ally.id()).keySet());
                    keys.addAll(p.outcome().of(ally.id()).keySet());
                    for (String key : keys) {
                        if (previous.outcome().of(ally.id(), key)
                                != p.outcome().of(ally.id(), key)) {
                            count++;
                        }
                    }
                }
            }
            previous = p;
        }
        return count;
    }

    private FlipSearch.Point pointAt(BigDecimal x) {
        if (x == null) {
            return null;
        }
        return points.stream().filter(p -> p.x().compareTo(x) == 0).findFirst().orElse(null);
    }

    /**
     * The item as worded at the assessed value nearest to now (the lower one of two as near) where
     * the ally gets it.
     */
    private Item words(String ally, String key, BigDecimal now) {
        BigDecimal from = now != null ? now : points.get(0).x();
        return points.stream()
                .filter(p -> p.items().getOrDefault(ally, java.util.Map.of()).containsKey(key))
                .min(
                        Comparator.comparing((FlipSearch.Point p) -> p.x().subtract(from).abs())
                                .thenComparing(FlipSearch.Point::x))
                .map(p -> p.items().get(ally).get(key))
                .orElseGet(() -> new Item(key, List.of(), key));
    }
}
