package org.allyadvisor.text;

import java.util.Collection;
import java.util.Locale;
import java.util.Optional;

/**
 * Suggests the known name a misspelt one was probably meant to be, for messages such as {@code
 * unknown field 'budgt'; did you mean 'budget'?} in fact files and thresholds alike.
 */
public final class NearestName {

    private NearestName() {}

    /**
     * The closest candidate (case-insensitive), if one is near: a few edits away, or a name the
     * wrong one cuts short ({@code defensePct} for {@code defensePctGdp}).
     */
    public static Optional<String> among(String wrong, Collection<String> candidates) {
        String lower = wrong.toLowerCase(Locale.ROOT);
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String name : candidates) {
            String candidate = name.toLowerCase(Locale.ROOT);
            int distance = distance(lower, candidate);
            boolean near =
                    (distance <= Math.max(2, wrong.length() / 4) && distance < wrong.length())
                            || (wrong.length() >= 4 && candidate.startsWith(lower));
            if (near && distance < bestDistance) {
                best = name;
                bestDistance = distance;
            }
        }
        return Optional.ofNullable(best);
    }

    /**
     * The closest candidate at most {@code maxEdits} edits away (case-insensitive), for short codes
     * where two edits of three letters name another thing altogether ({@code XYZ} is not {@code
     * XST}).
     */
    public static Optional<String> within(
            String wrong, Collection<String> candidates, int maxEdits) {
        String lower = wrong.toLowerCase(Locale.ROOT);
        String best = null;
        int bestDistance = maxEdits + 1;
        for (String name : candidates) {
            int distance = distance(lower, name.toLowerCase(Locale.ROOT));
            if (distance < bestDistance) {
                best = name;
                bestDistance = distance;
            }
        }
        return Optional.ofNullable(best);
    }

    /** Levenshtein distance. */
    static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
