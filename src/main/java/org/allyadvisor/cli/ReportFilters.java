package org.allyadvisor.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.allyadvisor.advice.Category;
import org.allyadvisor.advice.Priority;
import org.allyadvisor.engine.AssessOptions;
import org.allyadvisor.facts.Ally;
import org.allyadvisor.facts.FactSet;
import org.allyadvisor.facts.SupportLevel;
import org.allyadvisor.text.NearestName;
import picocli.CommandLine.Option;

/**
 * What a command reports of an assessment, shared by the commands that report per ally: --ally,
 * --top, --category, --min-priority. They choose what is shown, never what is assessed.
 */
final class ReportFilters {

    @Option(
            names = "--ally",
            paramLabel = "ID",
            description =
                    "Report only this ally (repeatable, any case). Every ally is still assessed, for coalitions.")
    List<String> allies = new ArrayList<>();

    @Option(
            names = "--top",
            paramLabel = "N",
            description = "Report at most N actions per ally (after the filters below).")
    Integer top;

    @Option(
            names = "--category",
            paramLabel = "CATEGORY",
            description =
                    "Report only actions of this category (repeatable): ${COMPLETION-CANDIDATES}. "
                            + "An action keeps its rank among all of its ally's actions.")
    List<Category> categories = new ArrayList<>();

    @Option(
            names = "--min-priority",
            paramLabel = "PRIORITY",
            description =
                    "Report only actions and risks of this priority or above: ${COMPLETION-CANDIDATES}.")
    Priority minPriority;

    /** A usage error for a --top below one, before anything is read. */
    void check() throws UsageException {
        if (top != null && top < 1) {
            throw new UsageException("--top must be at least 1, got " + top);
        }
    }

    /**
     * The options of an assessment that reports what these filters ask for.
     *
     * @param facts the fact set, whose ids the --ally values are checked against
     * @param factsPath the fact file or folder, as messages name it
     * @throws UsageException when an --ally is not in the fact set (with the nearest id, if one is
     *     near)
     */
    AssessOptions options(
            FactSet facts, Path factsPath, SupportLevel support, boolean withoutJudgements)
            throws UsageException {
        return new AssessOptions(
                support,
                askedFor(facts, factsPath),
                top,
                withoutJudgements,
                Set.copyOf(categories),
                minPriority);
    }

    /** The --ally ids as the fact set spells them, whatever case they were typed in. */
    private List<String> askedFor(FactSet factSet, Path facts) throws UsageException {
        List<String> asked = new ArrayList<>();
        for (String id : allies) {
            asked.add(known(id, factSet, facts));
        }
        return asked;
    }

    /**
     * An ally id as typed, in any case, as the fact set spells it: the one check of an --ally for
     * every command that takes one.
     *
     * @throws UsageException when the fact set has no such ally (with the nearest id, if one is
     *     near)
     */
    static String known(String typed, FactSet factSet, Path facts) throws UsageException {
        List<String> ids = factSet.allies().stream().map(Ally::id).toList();
        Optional<String> known = ids.stream().filter(k -> k.equalsIgnoreCase(typed)).findFirst();
        if (known.isPresent()) {
            return known.get();
        }
        Optional<String> near = NearestName.within(typed, ids, 1);
        throw new UsageException(
                "no ally '"
                        + typed
                        + "' in "
                        + facts
                        + (near.isPresent()
                                ? "; did you mean '" + near.get() + "'?"
                                : ids.size() <= 60
                                        ? "; it has " + String.join(", ", ids)
                                        : "; it has "
                                                + ids.size()
                                                + " allies, from "
                                                + ids.get(0)
                                                + " to "
                                                + ids.get(ids.size() - 1)));
    }
}
