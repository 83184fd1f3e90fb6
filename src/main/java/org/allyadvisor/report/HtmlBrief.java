package org.allyadvisor.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.allyadvisor.advice.Category;
import org.allyadvisor.advice.Evidence;
import org.allyadvisor.advice.Priority;
import org.allyadvisor.facts.Ally;
import org.allyadvisor.facts.FactSet;
import org.allyadvisor.facts.Provenance;
import org.allyadvisor.policy.BudgetPolicy;
import org.allyadvisor.results.Action;
import org.allyadvisor.results.AllyAssessment;
import org.allyadvisor.results.Assessment;
import org.allyadvisor.text.Numbers;
import org.allyadvisor.trace.Trace;

/**
 * What the HTML brief shows, worked out before the template renders it: the template ({@code
 * src/main/jte/brief.jte}) only lays out and escapes, so every number a reader sees is computed,
 * and tested, here.
 *
 * @param assessment the result the brief is of
 * @param cards the summary figures at the top
 * @param chart each reported ally's defense spending against the floor and the core target
 * @param matrix allies × categories: the most urgent priority of each ally's actions there
 * @param judgements the analysts' judgements the reported advice rests on
 * @param trace the traceability matrix: each passage of the source, its rules, what they raised
 *     here
 * @param howFirm how firm each action is under the declared uncertainty, or null when no study was
 *     run
 */
public record HtmlBrief(
        Assessment assessment,
        List<Card> cards,
        SpendingChart chart,
        Matrix matrix,
        List<JudgementUsed> judgements,
        Trace trace,
        HowFirm howFirm) {

    /**
     * What a study of uncertainty adds to the brief: a firmness marker per action (by ally and
     * action id) and a section that says how the variants were drawn and which priorities are firm.
     */
    public record HowFirm(
            String summary,
            List<String> ranges,
            String legend,
            Map<String, Marker> markers,
            List<Marker> notFirm,
            List<String> raisedByVariants) {

        public Marker marker(String ally, String actionId) {
            return markers.get(ally + " " + actionId);
        }
    }

    /**
     * @param firmness {@code firm}, {@code likely}, {@code toss-up} or {@code unlikely}: also its
     *     CSS class
     * @param asGiven the share of variants in which the action holds at its priority: {@code 97.3%}
     * @param detail the rank interval and the priorities held, for the marker's title
     */
    public record Marker(
            String ally,
            String title,
            String priority,
            String score,
            String firmness,
            String asGiven,
            String detail) {

        public String cssClass() {
            return "firm-" + firmness;
        }
    }

    /** One summary figure. */
    public record Card(String label, String value, String note) {}

    /**
     * A horizontal bar chart in SVG units: one bar per ally with a spending figure, longest first,
     * and a line for the floor and one for the core target.
     */
    public record SpendingChart(
            int width,
            int height,
            int left,
            List<Bar> bars,
            List<Line> lines,
            List<String> withoutFigure) {}

    /**
     * One ally's bar; {@code band} names its colour: below the floor, between floor and target, at
     * or above the target.
     */
    public record Bar(String ally, String name, String value, int y, int length, String band) {}

    /** A reference line across the bars. */
    public record Line(String label, int x, int top, int bottom) {}

    /** Rows of allies, columns of categories. */
    public record Matrix(List<Category> columns, List<MatrixRow> rows) {}

    /** One ally's row of the priority matrix: its highest priority in each category. */
    public record MatrixRow(String ally, String name, List<MatrixCell> cells) {}

    /**
     * The most urgent priority of an ally's actions in a category, and how many there are; empty
     * when none.
     */
    public record MatrixCell(String priority, int actions) {

        public boolean empty() {
            return actions == 0;
        }

        public String cssClass() {
            return priority.isEmpty() ? "" : "p-" + priority.toLowerCase(Locale.ROOT);
        }

        public String shortPriority() {
            return priority.isEmpty() ? "" : priority.substring(0, 1);
        }
    }

    /** An analyst's judgement some advice of the brief rests on, with its basis and source. */
    public record JudgementUsed(
            String ally, String fact, String value, String basis, String source) {}

    /** One line of an action's evidence: the value compared, and where a fact value came from. */
    public record EvidenceLine(String name, String value, String origin) {}

    private static final int BAR_HEIGHT = 18;
    private static final int CHART_WIDTH = 720;
    private static final int LABEL_WIDTH = 56;
    private static final int TOP = 28;

    /**
     * @param facts the fact set assessed, for the spending figures (the assessment holds only what
     *     rules cited)
     * @param budget the budget thresholds in force under the assessment's US support level
     * @param trace the traceability matrix of the rules on this assessment ({@code
     *     Traceability.of})
     */
    public static HtmlBrief of(
            Assessment assessment, FactSet facts, BudgetPolicy budget, Trace trace) {
        return new HtmlBrief(
                assessment,
                cards(assessment),
                chart(assessment, facts, budget),
                matrix(assessment),
                judgementsUsed(assessment),
                trace,
                null);
    }

    /**
     * The brief of a study's baseline, each action marked with how firm it is, and a "How firm"
     * section.
     *
     * @param trace the traceability matrix of the rules on the baseline
     */
    public static HtmlBrief of(
            Assessment assessment,
            FactSet facts,
            BudgetPolicy budget,
            Trace trace,
            org.allyadvisor.uncertainty.Stability stability) {
        return new HtmlBrief(
                assessment,
                cards(assessment),
                chart(assessment, facts, budget),
                matrix(assessment),
                judgementsUsed(assessment),
                trace,
                howFirm(stability));
    }

    static HowFirm howFirm(org.allyadvisor.uncertainty.Stability stability) {
        int n = stability.variants();
        Map<String, Marker> markers = new java.util.LinkedHashMap<>();
        for (var ally : stability.allies()) {
            for (var action : ally.actions()) {
                if (action.baseline() != null) {
                    markers.put(
                            ally.id() + " " + action.id(),
                            new Marker(
                                    ally.id(),
                                    action.title(),
                                    action.baseline().priority(),
                                    score(action.baseline().score()),
                                    action.firmness().label(),
                                    StabilityWords.share(action.asGiven(), n),
                                    "rank "
                                            + StabilityWords.ranks(action.rank())
                                            + " in 90% of variants; held "
                                            + StabilityWords.mix(action.priorities(), n)));
                }
            }
        }
        List<Marker> notFirm = new ArrayList<>();
        for (var shown :
                List.of(
                        org.allyadvisor.uncertainty.Firmness.TOSS_UP,
                        org.allyadvisor.uncertainty.Firmness.UNLIKELY,
                        org.allyadvisor.uncertainty.Firmness.LIKELY)) {
            for (var entry : stability.portfolio()) {
                if (entry.firmness() == shown) {
                    notFirm.add(markers.get(entry.ally() + " " + entry.actionId()));
                }
            }
        }
        String summary =
                n
                        + " variants (seed "
                        + stability.seed()
                        + "), each value drawn uniformly within its declared"
                        + " range. Of "
                        + stability.portfolio().size()
                        + " priorities: "
                        + StabilityWords.portfolioCounts(stability.portfolio())
                        + ".";
        List<String> raised =
                stability.raisedByVariants().stream()
                        .map(
                                r ->
                                        r.ally()
                                                + ": "
                                                + r.action().title()
                                                + " — "
                                                + r.action().firmness().label()
                                                + ", raised in "
                                                + StabilityWords.share(r.action().held(), n)
                                                + " ("
                                                + StabilityWords.mix(r.action().priorities(), n)
                                                + ")")
                        .toList();
        return new HowFirm(
                summary,
                stability.ranges().stream().map(StabilityWords::range).toList(),
                StabilityWords.LEGEND,
                markers,
                notFirm,
                raised);
    }

    private static List<Card> cards(Assessment assessment) {
        List<Action> actions =
                assessment.allies().stream().flatMap(a -> a.actions().stream()).toList();
        long urgent =
                actions.stream().filter(a -> a.priority().compareTo(Priority.HIGH) >= 0).count();
        long quiet = assessment.allies().stream().filter(a -> a.actions().isEmpty()).count();
        long risks = assessment.allies().stream().mapToLong(a -> a.risks().size()).sum();
        long judged = actions.stream().filter(a -> a.evidence().restsOnJudgement()).count();
        List<Card> cards = new ArrayList<>();
        cards.add(
                new Card(
                        "Allies",
                        Long.toString(assessment.allies().size()),
                        quiet + " with no action"));
        cards.add(
                new Card(
                        "Actions", Integer.toString(actions.size()), urgent + " high or critical"));
        cards.add(new Card("Risks", Long.toString(risks), "from more limited US support"));
        cards.add(
                new Card(
                        "Coalitions",
                        Integer.toString(assessment.coalitions().size()),
                        "regional opportunities"));
        cards.add(
                new Card(
                        "Judged",
                        Long.toString(judged),
                        switch (assessment.factSet().judgements()) {
                            case NONE -> "no analysts' judgements among the facts";
                            case EXCLUDED -> "judgements left out";
                            case INCLUDED -> "actions resting on an analysts' judgement";
                        }));
        return cards;
    }

    static SpendingChart chart(Assessment assessment, FactSet facts, BudgetPolicy budget) {
        List<Ally> shown = new ArrayList<>();
        List<String> withoutFigure = new ArrayList<>();
        for (AllyAssessment reported : assessment.allies()) {
            Ally ally = facts.ally(reported.id()).orElseThrow();
            if (ally.budget().defensePctGdp() == null) {
                withoutFigure.add(ally.id());
            } else {
                shown.add(ally);
            }
        }
        shown.sort(
                Comparator.comparingDouble((Ally a) -> a.budget().defensePctGdp())
                        .reversed()
                        .thenComparing(Ally::id));
        double most =
                Math.max(
                        budget.coreTargetPctGdp(),
                        shown.stream()
                                .mapToDouble(a -> a.budget().defensePctGdp())
                                .max()
                                .orElse(0));
        double scale = (CHART_WIDTH - LABEL_WIDTH - 48) / (most * 1.05);
        List<Bar> bars = new ArrayList<>();
        for (int i = 0; i < shown.size(); i++) {
            Ally ally = shown.get(i);
            double pct = ally.budget().defensePctGdp();
            String band =
                    pct < budget.floorPctGdp()
                            ? "below"
                            : pct < budget.coreTargetPctGdp() ? "between" : "above";
            bars.add(
                    new Bar(
                            ally.id(),
                            ally.name(),
                            Numbers.plain(pct) + "%",
                            TOP + i * BAR_HEIGHT,
                            (int) Math.round(pct * scale),
                            band));
        }
        int bottom = TOP + shown.size() * BAR_HEIGHT;
        List<Line> lines =
                List.of(
                        new Line(
                                "floor " + Numbers.plain(budget.floorPctGdp()) + "%",
                                LABEL_WIDTH + (int) Math.round(budget.floorPctGdp() * scale),
                                TOP - 6,
                                bottom),
                        new Line(
                                "core target "
                                        + Numbers.plain(budget.coreTargetPctGdp())
                                        + "% by "
                                        + budget.coreTargetYear(),
                                LABEL_WIDTH + (int) Math.round(budget.coreTargetPctGdp() * scale),
                                TOP - 6,
                                bottom));
        return new SpendingChart(CHART_WIDTH, bottom + 8, LABEL_WIDTH, bars, lines, withoutFigure);
    }

    static Matrix matrix(Assessment assessment) {
        List<Category> columns = List.of(Category.values());
        List<MatrixRow> rows = new ArrayList<>();
        for (AllyAssessment ally : assessment.allies()) {
            Map<Category, List<Action>> byCategory = new EnumMap<>(Category.class);
            ally.actions()
                    .forEach(
                            a ->
                                    byCategory
                                            .computeIfAbsent(a.category(), c -> new ArrayList<>())
                                            .add(a));
            List<MatrixCell> cells = new ArrayList<>();
            for (Category category : columns) {
                List<Action> there = byCategory.getOrDefault(category, List.of());
                cells.add(
                        new MatrixCell(
                                there.stream()
                                        .map(Action::priority)
                                        .max(Comparator.naturalOrder())
                                        .map(Priority::name)
                                        .orElse(""),
                                there.size()));
            }
            rows.add(new MatrixRow(ally.id(), ally.name(), cells));
        }
        return new Matrix(columns, rows);
    }

    static List<JudgementUsed> judgementsUsed(Assessment assessment) {
        Map<String, JudgementUsed> used = new TreeMap<>();
        for (AllyAssessment ally : assessment.allies()) {
            List<Evidence> evidence = new ArrayList<>();
            ally.actions().forEach(a -> evidence.add(a.evidence()));
            ally.risks().forEach(r -> evidence.add(r.evidence()));
            for (Evidence e : evidence) {
                e.origins()
                        .forEach(
                                (fact, origin) -> {
                                    if (origin.isJudgement()) {
                                        used.putIfAbsent(
                                                ally.id() + "\u0000" + fact,
                                                new JudgementUsed(
                                                        ally.id(),
                                                        fact,
                                                        shown(e.values().get(fact)),
                                                        nonNull(origin.basis()),
                                                        nonNull(origin.source())));
                                    }
                                });
            }
        }
        return List.copyOf(used.values());
    }

    /** The evidence of an action or risk, one line per value, each fact with its origin. */
    public static List<EvidenceLine> evidence(Evidence evidence) {
        List<EvidenceLine> lines = new ArrayList<>();
        evidence.values()
                .forEach(
                        (name, value) -> {
                            Provenance origin = evidence.origins().get(name);
                            String from =
                                    origin == null
                                            ? ""
                                            : origin.kind().label()
                                                    + (origin.source() != null
                                                            ? ": " + origin.source()
                                                            : origin.rule() != null
                                                                    ? " by " + origin.rule()
                                                                    : "");
                            lines.add(new EvidenceLine(name, shown(value), from));
                        });
        return lines;
    }

    /** A score as every output shows it, with one decimal. */
    public static String score(double score) {
        return String.format(Locale.ROOT, "%.1f", score);
    }

    /** What a score is made of, said once at the foot of the brief. */
    public String scoreLegend() {
        return TableReport.SCORE_LEGEND.replace(" (each score's arithmetic: --format json)", "")
                + "; each action shows its own arithmetic.";
    }

    /** A category as a column heading: {@code SUSTAINABLE_BUDGETS} as "sustainable budgets". */
    public static String label(Category category) {
        return category.name().replace('_', ' ').toLowerCase(Locale.ROOT);
    }

    /** The CSS class of a priority. */
    public static String priorityClass(Priority priority) {
        return "p-" + priority.name().toLowerCase(Locale.ROOT);
    }

    private static String shown(Object value) {
        return value instanceof Number number
                ? Numbers.plain(number.doubleValue())
                : String.valueOf(value);
    }

    private static String nonNull(String text) {
        return text == null ? "" : text;
    }
}
