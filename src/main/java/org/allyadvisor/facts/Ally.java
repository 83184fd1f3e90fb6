package org.allyadvisor.facts;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * One ally (or partner) of the fact set: everything the rules weigh to advise it. Sections are
 * never null: an unknown section is {@code UNKNOWN}, whose fields are all data gaps. A null {@code
 * memberships} or {@code ties} is a data gap too; an empty list means "none".
 *
 * <p>In code, make one with {@link #builder(String)}, which refuses an ally that breaks the fact
 * vocabulary when it is built:
 *
 * <pre>{@code
 * Ally belgium = Ally.builder("BEL").name("Belgium").region("Europe-West")
 *         .memberships("NATO", "EU")
 *         .budget(Budget.builder().gdpUsdBn(632.0).defenseUsdM(8200.0).build())
 *         .tie("NLD", TieKind.DEFENSE_AGREEMENT, 4)
 *         .build();
 * }</pre>
 */
public record Ally(
        String id,
        String name,
        String region,
        List<String> memberships,
        Budget budget,
        UsSupport usSupport,
        Interoperability interoperability,
        Capabilities capabilities,
        Threat threat,
        Diplomacy diplomacy,
        List<Tie> ties) {

    public Ally {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(region, "region");
        memberships = FactValues.copyOrGap("memberships", memberships);
        budget = budget == null ? Budget.UNKNOWN : budget.withDerivedShare();
        usSupport = usSupport == null ? UsSupport.UNKNOWN : usSupport;
        interoperability = interoperability == null ? Interoperability.UNKNOWN : interoperability;
        capabilities = capabilities == null ? Capabilities.UNKNOWN : capabilities;
        threat = threat == null ? Threat.UNKNOWN : threat;
        diplomacy = diplomacy == null ? Diplomacy.UNKNOWN : diplomacy;
        ties = FactValues.copyOrGap("ties", ties);
    }

    /** An ally with only its id known; name and region must be set before it is built. */
    public static Builder builder(String id) {
        return new Builder(id);
    }

    /** An ally with only its identity known: every other field a data gap. */
    public static Builder builder(String id, String name, String region) {
        return new Builder(id).name(name).region(region);
    }

    /** A builder holding this ally's values, to make a changed copy of it. */
    public Builder toBuilder() {
        return new Builder(id)
                .name(name)
                .region(region)
                .memberships(memberships)
                .budget(budget)
                .usSupport(usSupport)
                .interoperability(interoperability)
                .capabilities(capabilities)
                .threat(threat)
                .diplomacy(diplomacy)
                .ties(ties);
    }

    /**
     * Builds an ally section by section, for code that makes facts rather than reading them. A
     * section not set is a data gap. {@link #build()} checks the whole ally against the fact
     * vocabulary (its id, every value's range, its ties), however its sections were made, and
     * throws {@link IllegalArgumentException} naming each field and value that breaks it.
     */
    public static final class Builder {
        private final String id;
        private String name;
        private String region;
        private List<String> memberships;
        private Budget budget;
        private UsSupport usSupport;
        private Interoperability interoperability;
        private Capabilities capabilities;
        private Threat threat;
        private Diplomacy diplomacy;
        private List<Tie> ties;

        private Builder(String id) {
            this.id = Objects.requireNonNull(id, "id");
        }

        /** The ally's name, as reports print it. Required. */
        public Builder name(String value) {
            this.name = value;
            return this;
        }

        /**
         * The region the ally belongs to; a fact set that declares regions must declare it.
         * Required.
         */
        public Builder region(String value) {
            this.region = value;
            return this;
        }

        /** The multilateral frameworks the ally belongs to; none given means "none", not a gap. */
        public Builder memberships(String... frameworks) {
            return memberships(frameworks == null ? null : Arrays.asList(frameworks));
        }

        /** The multilateral frameworks the ally belongs to; null leaves them a data gap. */
        public Builder memberships(List<String> value) {
            this.memberships = FactValues.copyOrGap("memberships", value);
            return this;
        }

        /**
         * The ally's budget section (the defense budget), made with {@code Budget.builder()}; not
         * set, or null, every value of it is a data gap.
         */
        public Builder budget(Budget value) {
            this.budget = value;
            return this;
        }

        /**
         * The ally's usSupport section (what the ally gets from the US), made with {@code
         * UsSupport.builder()}; not set, or null, every value of it is a data gap.
         */
        public Builder usSupport(UsSupport value) {
            this.usSupport = value;
            return this;
        }

        /**
         * The ally's interoperability section (how well its forces work with others), made with
         * {@code Interoperability.builder()}; not set, or null, every value of it is a data gap.
         */
        public Builder interoperability(Interoperability value) {
            this.interoperability = value;
            return this;
        }

        /**
         * The ally's capabilities section (its defense technologies), made with {@code
         * Capabilities.builder()}; not set, or null, every value of it is a data gap.
         */
        public Builder capabilities(Capabilities value) {
            this.capabilities = value;
            return this;
        }

        /**
         * The ally's threat section (the threat it faces), made with {@code Threat.builder()}; not
         * set, or null, every value of it is a data gap.
         */
        public Builder threat(Threat value) {
            this.threat = value;
            return this;
        }

        /**
         * The ally's diplomacy section (its diplomatic channels), made with {@code
         * Diplomacy.builder()}; not set, or null, every value of it is a data gap.
         */
        public Builder diplomacy(Diplomacy value) {
            this.diplomacy = value;
            return this;
        }

        /** The ally's regional ties, replacing any declared so far; null leaves them a data gap. */
        public Builder ties(List<Tie> value) {
            this.ties = value == null ? null : new ArrayList<>(FactValues.copy("ties", value));
            return this;
        }

        /**
         * One more regional tie from this ally to {@code partner} (another ally of the set) of
         * {@code strength} 1..5. Declaring one makes the ties known: the ones not declared are
         * none.
         */
        public Builder tie(String partner, TieKind kind, int strength) {
            Tie tie = new Tie(id, partner, kind, strength);
            if (ties == null) {
                ties = new ArrayList<>();
            }
            ties.add(tie);
            return this;
        }

        /**
         * @throws IllegalArgumentException naming every field of the ally that breaks the fact
         *     vocabulary
         */
        public Ally build() {
            String at = "allies[" + id + "].";
            List<String> missing = new ArrayList<>();
            if (name == null) {
                missing.add(at + "name: required, not given");
            }
            if (region == null) {
                missing.add(at + "region: required, not given");
            }
            if (!missing.isEmpty()) {
                throw new IllegalArgumentException(String.join("; ", missing));
            }
            Ally ally =
                    new Ally(
                            id,
                            name,
                            region,
                            memberships,
                            budget,
                            usSupport,
                            interoperability,
                            capabilities,
                            threat,
                            diplomacy,
                            ties);
            List<String> problems = FactSetChecks.problems(ally, at);
            if (!problems.isEmpty()) {
                throw new IllegalArgumentException(String.join("; ", problems));
            }
            return ally;
        }
    }
}
