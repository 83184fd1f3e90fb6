package org.allyadvisor.rules;

/**
 * One file of a rule set, read into memory.
 *
 * @param name the file name within the rule set ({@code budget.drl})
 * @param path the file as reported to users ({@code rules/budget.drl})
 * @param text the file's content
 */
record RuleFile(String name, String path, String text) {

    boolean hasExtension(String extension) {
        return name.toLowerCase(java.util.Locale.ROOT).endsWith("." + extension);
    }
}
