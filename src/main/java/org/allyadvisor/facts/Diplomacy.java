package org.allyadvisor.facts;

/**
 * The ally's standing diplomatic channels: what the diplomacy rules (DIP-1..2) look for. A null
 * component is a data gap. In code, make one with {@link #builder()}, which checks each value as it
 * is set.
 *
 * @param strategicDialogues standing strategic dialogues with regional partners
 * @param usDialogue whether a standing channel with the US exists
 */
public record Diplomacy(Integer strategicDialogues, Boolean usDialogue) {

    /** Every value a data gap: what an ally's section is when nothing of it is known. */
    public static final Diplomacy UNKNOWN = new Diplomacy(null, null);

    /**
     * Diplomacy with every value a data gap, to be filled by named setters that check each value.
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Builds diplomacy value by value; a count below the range the fact vocabulary states ({@link
     * FactSchema}) throws {@link IllegalArgumentException} naming the field and the value; null
     * leaves a value a data gap.
     */
    public static final class Builder {
        private Integer strategicDialogues;
        private Boolean usDialogue;

        private Builder() {}

        /** Standing strategic dialogues with regional partners: 0 or more. */
        public Builder strategicDialogues(Integer value) {
            strategicDialogues = FactValues.inRange("diplomacy.strategicDialogues", value);
            return this;
        }

        /** Whether a standing channel with the US exists. */
        public Builder usDialogue(Boolean value) {
            usDialogue = value;
            return this;
        }

        /** The section with the values set; those not set are data gaps. */
        public Diplomacy build() {
            return new Diplomacy(strategicDialogues, usDialogue);
        }
    }
}
