package org.allyadvisor.facts;

import java.util.List;
import java.util.Objects;

/**
 * One ally (or partner) of the fact set. Sections are never null: an unknown section is
 * {@code UNKNOWN}, whose fields are all data gaps. A null {@code memberships} or {@code ties} is a
 * data gap too; an empty list means "none".
 */
public record Ally(String id, String name, String region, List<String> memberships, Budget budget,
                   UsSupport usSupport, Interoperability interoperability, Capabilities capabilities,
                   Threat threat, Diplomacy diplomacy, List<Tie> ties) {

    public Ally {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(region, "region");
        memberships = memberships == null ? null : List.copyOf(memberships);
        budget = budget == null ? Budget.UNKNOWN : budget.withDerivedShare();
        usSupport = usSupport == null ? UsSupport.UNKNOWN : usSupport;
        interoperability = interoperability == null ? Interoperability.UNKNOWN : interoperability;
        capabilities = capabilities == null ? Capabilities.UNKNOWN : capabilities;
        threat = threat == null ? Threat.UNKNOWN : threat;
        diplomacy = diplomacy == null ? Diplomacy.UNKNOWN : diplomacy;
        ties = ties == null ? null : List.copyOf(ties);
    }

    /** An ally with only its identity known: every other field a data gap. */
    public static Builder builder(String id, String name, String region) {
        return new Builder(id, name, region);
    }

    public Builder toBuilder() {
        return new Builder(id, name, region).memberships(memberships).budget(budget).usSupport(usSupport)
                .interoperability(interoperability).capabilities(capabilities).threat(threat)
                .diplomacy(diplomacy).ties(ties);
    }

    /** Builds an ally section by section, for code that makes facts rather than reading them. */
    public static final class Builder {
        private final String id;
        private final String name;
        private final String region;
        private List<String> memberships;
        private Budget budget;
        private UsSupport usSupport;
        private Interoperability interoperability;
        private Capabilities capabilities;
        private Threat threat;
        private Diplomacy diplomacy;
        private List<Tie> ties;

        private Builder(String id, String name, String region) {
            this.id = id;
            this.name = name;
            this.region = region;
        }

        public Builder memberships(List<String> value) { this.memberships = value; return this; }
        public Builder budget(Budget value) { this.budget = value; return this; }
        public Builder usSupport(UsSupport value) { this.usSupport = value; return this; }
        public Builder interoperability(Interoperability value) { this.interoperability = value; return this; }
        public Builder capabilities(Capabilities value) { this.capabilities = value; return this; }
        public Builder threat(Threat value) { this.threat = value; return this; }
        public Builder diplomacy(Diplomacy value) { this.diplomacy = value; return this; }
        public Builder ties(List<Tie> value) { this.ties = value; return this; }

        public Ally build() {
            return new Ally(id, name, region, memberships, budget, usSupport, interoperability, capabilities,
                    threat, diplomacy, ties);
        }
    }
}
