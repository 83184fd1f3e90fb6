package org.allyadvisor.facts;

/**
 * The ally's standing diplomatic channels. A null component is a data gap.
 *
 * @param strategicDialogues standing strategic dialogues with regional partners
 * @param usDialogue         whether a standing channel with the US exists
 */
public record Diplomacy(Integer strategicDialogues, Boolean usDialogue) {

    public static final Diplomacy UNKNOWN = new Diplomacy(null, null);
}
