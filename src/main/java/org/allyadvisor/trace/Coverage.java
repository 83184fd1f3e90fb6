package org.allyadvisor.trace;

/** How much of a passage a rule's {@code @passage} quotes. */
public enum Coverage {
    /** every word of it */
    WHOLE,
    /** some of its words: a clause of the sentence, or words around an ellipsis */
    PART
}
