package org.allyadvisor.facts.read;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * A spreadsheet saved as "CSV" with ';' between columns (where the decimal mark is a comma), or
 * with tabs: one line that says so, not an unknown column of all the names and every required
 * column missing.
 */
class CsvSeparatorTest {

    @Test
    void semicolonSeparatedTableIsOneLineNamingTheSeparator() {
        assertThat(Bad.problems("id;name;region\nPOL;Poland;E\n", "allies.csv"))
                .containsExactly(
                        "allies.csv:1:1: syntax: the columns are separated by ';', not by commas;"
                                + " save the table as comma-separated CSV (a list inside a cell keeps its ';')");
    }

    @Test
    void tabSeparatedTableIsOneLineNamingTheSeparator() {
        assertThat(
                        Bad.problems(
                                "ally\tpartner\tkind\tstrength\nPOL\tLTU\tCOALITION\t4\n",
                                "ties.csv"))
                .containsExactly(
                        "ties.csv:1:1: syntax: the columns are separated by tabs, not by commas;"
                                + " save the table as comma-separated CSV (a list inside a cell keeps its ';')");
    }

    @Test
    void oneColumnTableWithoutSeparatorsIsReadAsItIs() {
        assertThat(Bad.problems("id\nPOL\n", "allies.csv"))
                .contains("allies.csv:1: name: required column is missing");
    }
}
