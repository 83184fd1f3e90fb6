package org.allyadvisor.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The HTML brief of the shipped facts, opened in a real browser (Debian's headless Chromium, which
 * .ci/run installs) with the network off: it renders without a console message, its chart and
 * matrix are in the page the browser built, and a screenshot is kept in target/ for a person to
 * look at. Runs in the verify phase, on the packaged jar.
 */
class HtmlBriefBrowserIT {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path JAR = Path.of("target/ally-advisor.jar");
    private static final Path SCREENSHOT = Path.of("target/brief-screenshot.png");

    @TempDir static Path temp;
    private static Path brief;

    @BeforeAll
    static void writeTheBriefOfTheShippedFacts() throws Exception {
        assertThat(CHROMIUM)
                .as(
                        "Chromium, for the HTML brief's test: apt-get install -y chromium (.ci/run does)")
                .exists();
        brief = temp.resolve("brief.html");
        Process run =
                new ProcessBuilder(
                                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                                "-jar",
                                JAR.toString(),
                                "assess",
                                "facts/",
                                "--output",
                                brief.toString())
                        .redirectErrorStream(true)
                        .start();
        String said = new String(run.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(run.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(run.exitValue()).as(said).isZero();
    }

    private record Browser(String stdout, String stderr) {}

    /**
     * Chromium, headless, with no network and nothing of its own going out (updates, sync,
     * lookups).
     */
    private static Browser chromium(String... what) throws IOException, InterruptedException {
        List<String> command =
                new ArrayList<>(
                        List.of(
                                CHROMIUM.toString(),
                                "--headless",
                                "--no-sandbox",
                                "--disable-gpu",
                                "--disable-quic",
                                "--no-first-run",
                                "--disable-background-networking",
                                "--disable-component-update",
                                "--disable-sync",
                                "--user-data-dir=" + Files.createTempDirectory(temp, "profile"),
                                "--proxy-server=127.0.0.1:9",
                                "--host-resolver-rules=MAP * ~NOTFOUND",
                                "--enable-logging=stderr",
                                "--v=0",
                                "--window-size=1200,1800"));
        command.addAll(List.of(what));
        command.add(brief.toUri().toString());
        Path out = Files.createTempFile(temp, "out", ".txt");
        Path err = Files.createTempFile(temp, "err", ".txt");
        Process browser =
                new ProcessBuilder(command)
                        .redirectOutput(out.toFile())
                        .redirectError(err.toFile())
                        .start();
        assertThat(browser.waitFor(120, TimeUnit.SECONDS)).as("Chromium finishes").isTrue();
        return new Browser(Files.readString(out), Files.readString(err));
    }

    @Test
    void briefRendersWithoutAConsoleMessage() throws Exception {
        Browser browser = chromium("--dump-dom");

        assertThat(browser.stderr().lines().filter(line -> line.contains(":CONSOLE"))).isEmpty();
        assertThat(browser.stdout()).contains("</html>");
    }

    @Test
    void chartHasABarForEveryAllyWithASpendingFigureAndBothLines() throws Exception {
        String dom = chromium("--dump-dom").stdout();

        String chart = between(dom, "<svg id=\"spending-chart\"", "</svg>");
        assertThat(count(chart, "<rect "))
                .isEqualTo(44); // 47 allies, 3 (ISL, QAT, ARE) without a figure
        assertThat(chart)
                .contains(">floor 2%</text>")
                .contains(">core target 3.5% by 2035</text>")
                .contains(">BEL</text>")
                .contains(">1.3%</text>");
        assertThat(dom).contains("No spending figure: ISL, QAT, ARE.");
    }

    @Test
    void matrixHasARowPerAllyAndAColumnPerCategory() throws Exception {
        String dom = chromium("--dump-dom").stdout();

        String matrix = between(dom, "<table class=\"matrix\" id=\"priority-matrix\">", "</table>");
        assertThat(count(matrix, "<tr>")).isEqualTo(1 + 47);
        assertThat(count(between(matrix, "<thead>", "</thead>"), "<th>")).isEqualTo(1 + 6);
        assertThat(matrix).contains("<a href=\"#ally-BEL\">BEL</a>");
    }

    @Test
    void traceabilitySectionHasARowPerPassageAndListsTheGaps() throws Exception {
        String dom = chromium("--dump-dom").stdout();

        String matrix = between(dom, "<table id=\"traceability-matrix\">", "</table>");
        int gaps = count(matrix, "<tr class=\"gap\">");
        assertThat(count(matrix, "<tr class=\"encoded\">")).isPositive();
        assertThat(gaps).isPositive();
        assertThat(matrix).contains("<strong>BUD-1</strong> Defense spending below the NATO floor");
        assertThat(dom)
                .contains("<h2 id=\"traceability-title\">Traceability</h2>")
                .contains("Passages no rule encodes (" + gaps + ")")
                .contains("Rules whose passage is not in the source (0)");
    }

    @Test
    void briefNeedsNothingFromTheNetwork() throws Exception {
        String html = Files.readString(brief);

        assertThat(Pattern.compile("(src|href)\\s*=\\s*\"(?!#)").matcher(html).find())
                .as("a link or source off the page")
                .isFalse();
        assertThat(html).doesNotContain("<script").doesNotContain("@import").doesNotContain("url(");
    }

    @Test
    void screenshotIsTakenForAPersonToLookAt() throws Exception {
        Files.deleteIfExists(SCREENSHOT);

        chromium("--screenshot=" + SCREENSHOT.toAbsolutePath(), "--hide-scrollbars");

        byte[] png = Files.readAllBytes(SCREENSHOT);
        assertThat(png.length).isGreaterThan(10_000);
        assertThat(new String(png, 1, 3, StandardCharsets.US_ASCII)).isEqualTo("PNG");
    }

    private static String between(String text, String start, String end) {
        int from = text.indexOf(start);
        assertThat(from).as("'" + start + "' in the page").isNotNegative();
        int to = text.indexOf(end, from);
        return text.substring(from, to + end.length());
    }

    private static int count(String text, String what) {
        Matcher found = Pattern.compile(Pattern.quote(what)).matcher(text);
        int n = 0;
        while (found.find()) {
            n++;
        }
        return n;
    }
}
