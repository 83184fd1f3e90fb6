package org.allyadvisor.engine;

import java.util.Comparator;

/** Catalogue ids in reading order: BUD-2 before BUD-10, then by prefix. */
final class RuleIds {

    static final Comparator<String> ORDER =
            Comparator.comparing(RuleIds::prefix)
                    .thenComparingInt(RuleIds::number)
                    .thenComparing(Comparator.naturalOrder());

    private RuleIds() {}

    private static String prefix(String id) {
        int dash = id.lastIndexOf('-');
        return dash < 0 ? id : id.substring(0, dash);
    }

    private static int number(String id) {
        int dash = id.lastIndexOf('-');
        try {
            return dash < 0 ? 0 : Integer.parseInt(id.substring(dash + 1));
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
