package org.allyadvisor.rules;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What {@code validate} checks in the rules' metadata, whatever form a rule is written in:
 *
 * <ul>
 *   <li>a rule without {@code @id} is a classification rule, and legitimate, as long as it gives no
 *       advice: one whose consequence calls {@code Advice.action}, {@code .risk} or {@code
 *       .coalition} without an id gives advice no catalogue entry stands behind (and fails as it
 *       fires). A catalogued rule needs a category (or risk) and a passage;
 *   <li>one catalogue id may be written as several rules (BUD-1's two severities): their actions
 *       merge and cite the id once. They are one catalogue entry, so they must say the same of
 *       themselves: two rules with one id but another category, risk or passage are two entries
 *       sharing an id, and the later one is named;
 *   <li>each passage and section must be quoted from the rule set's source text ({@code source/}),
 *       so that when that text changes the rules it no longer backs are named; a rule set without
 *       source text gets one warning, not one per rule.
 * </ul>
 */
final class CatalogueChecks {

    private static final Pattern GIVES_ADVICE =
            Pattern.compile("\\bAdvice\\s*\\.\\s*(action|risk|coalition)\\s*\\(");

    private CatalogueChecks() {}

    static List<RuleWarning> check(
            List<RuleInfo> rules, ParsedRules parsed, SourceTexts sources, String sourceFolder) {
        List<RuleWarning> found = new ArrayList<>();
        metadata(rules, parsed, found);
        sameIdDifferentEntries(rules, found);
        quotes(rules, sources, sourceFolder, found);
        return found;
    }

    private static void metadata(
            List<RuleInfo> rules, ParsedRules parsed, List<RuleWarning> found) {
        for (RuleInfo rule : rules) {
            if (!rule.isCatalogued()) {
                parsed.rule(rule.name())
                        .map(p -> GIVES_ADVICE.matcher(p.consequence()))
                        .filter(Matcher::find)
                        .ifPresent(
                                advice ->
                                        found.add(
                                                at(
                                                        rule,
                                                        "gives advice (Advice."
                                                                + advice.group(1)
                                                                + ") but has no @id: advice must cite a catalogue entry; give it @id, @category (or @risk) "
                                                                + "and @passage, or let it insert a classification for a catalogued rule to act on")));
                continue;
            }
            if (rule.category().isBlank() && rule.risk().isBlank()) {
                found.add(at(rule, "no @category or @risk: its advice belongs to no area"));
            }
            if (rule.passage().isBlank()) {
                found.add(at(rule, "no @passage: no words of the source stand behind it"));
            }
        }
    }

    private static void sameIdDifferentEntries(List<RuleInfo> rules, List<RuleWarning> found) {
        Map<String, RuleInfo> first = new LinkedHashMap<>();
        for (RuleInfo rule : rules.stream().filter(RuleInfo::isCatalogued).toList()) {
            RuleInfo entry = first.putIfAbsent(rule.id(), rule);
            if (entry == null) {
                continue;
            }
            List<String> differ = new ArrayList<>();
            differ(differ, "@category", entry.category(), rule.category());
            differ(differ, "@risk", entry.risk(), rule.risk());
            differ(differ, "@passage", entry.passage(), rule.passage());
            if (!differ.isEmpty()) {
                found.add(
                        at(
                                rule,
                                "shares @id(\""
                                        + rule.id()
                                        + "\") with rule \""
                                        + entry.name()
                                        + "\" ("
                                        + entry.file()
                                        + ":"
                                        + entry.line()
                                        + ") but has another "
                                        + String.join(", another ", differ)
                                        + ": rules of one id are one catalogue entry; give this one an id of its own"));
            }
        }
    }

    private static void differ(List<String> differ, String what, String first, String other) {
        if (!first.equals(other)) {
            differ.add(what + " (\"" + other + "\", not \"" + first + "\")");
        }
    }

    private static void quotes(
            List<RuleInfo> rules,
            SourceTexts sources,
            String sourceFolder,
            List<RuleWarning> found) {
        sources.notText()
                .forEach(
                        file ->
                                found.add(
                                        new RuleWarning(
                                                file,
                                                0,
                                                "not read as source text: only plain text (.txt) and Markdown (.md) files are; save a text copy beside it")));
        List<RuleInfo> quoting =
                rules.stream()
                        .filter(r -> !r.passage().isBlank() || !r.section().isBlank())
                        .toList();
        if (quoting.isEmpty()) {
            return;
        }
        if (sources.isEmpty()) {
            found.add(
                    new RuleWarning(
                            sourceFolder,
                            0,
                            "no source text: the passages of "
                                    + quoting.size()
                                    + " rules cannot be checked; put the document they quote in this folder (e.g. article.txt)"));
            return;
        }
        String documents =
                String.join(
                        ", ",
                        sources.documents().stream().map(SourceTexts.SourceText::file).toList());
        for (RuleInfo rule : quoting) {
            if (!rule.passage().isBlank() && !sources.quotes(rule.passage())) {
                found.add(
                        at(
                                rule,
                                "its @passage is not in the source text ("
                                        + documents
                                        + "): \""
                                        + rule.passage()
                                        + "\""));
            }
            if (!rule.section().isBlank() && !sources.quotes(rule.section())) {
                found.add(
                        at(
                                rule,
                                "its @section is not in the source text ("
                                        + documents
                                        + "): \""
                                        + rule.section()
                                        + "\""));
            }
        }
    }

    private static RuleWarning at(RuleInfo rule, String message) {
        return new RuleWarning(
                rule.file(),
                rule.line(),
                "rule \""
                        + rule.name()
                        + "\""
                        + (rule.isCatalogued() ? " (" + rule.id() + ")" : "")
                        + ": "
                        + message);
    }
}
