package org.allyadvisor.facts;

/** The kind of value a fact field holds, as a reader must check it. */
public enum FieldType {
    NUMBER,
    INTEGER,
    BOOLEAN,
    TEXT,
    DATE,
    ENUM,
    TEXT_LIST,
    ENUM_LIST,
    /** Numbers by year: a mapping from year to value in YAML/JSON, one column per year in CSV. */
    NUMBER_BY_YEAR
}
