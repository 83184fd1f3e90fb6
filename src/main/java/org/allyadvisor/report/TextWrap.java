package org.allyadvisor.report;

/** Lines of terminal text broken to fit 100 columns: the table and the explanation read alike. */
final class TextWrap {

    private static final int WIDTH = 100;

    private TextWrap() {}

    /**
     * Appends {@code line}, broken at spaces to fit the width, continuation lines indented by
     * {@code indent}.
     */
    static void wrap(String line, String indent, StringBuilder text) {
        String rest = line;
        boolean first = true;
        while (!rest.isEmpty()) {
            String prefix = first ? "" : indent;
            int room = WIDTH - prefix.length();
            if (rest.length() <= room) {
                text.append(prefix).append(rest).append('\n');
                return;
            }
            int cut = rest.lastIndexOf(' ', room);
            if (cut
                    <= rest.length()
                            - rest.stripLeading().length()) { // never cut inside the indentation
                cut = rest.indexOf(' ', room);
                if (cut < 0) {
                    cut = rest.length();
                }
            }
            text.append(prefix).append(rest, 0, cut).append('\n');
            rest = rest.substring(cut).stripLeading();
            first = false;
        }
    }
}
