package org.allyadvisor.trace;

/** What a passage of a source document is: how the article is laid out, line by line. */
public enum PassageKind {
    /**
     * A section title: it names what follows and gives no advice of its own, so no rule is missing
     * for it.
     */
    HEADING,
    /** A sentence of a paragraph. */
    SENTENCE,
    /**
     * An item of a list (a line starting with "- ", "* " or "1."), whole, however many sentences it
     * has.
     */
    LIST_ITEM
}
