package org.allyadvisor.facts;

/**
 * The defense technologies the article asks allies to upgrade, by their field name in fact files.
 */
public enum Capability {
    CYBER_DEFENSE("cyberDefense", "cyber defense"),
    MISSILE_DEFENSE("missileDefense", "missile defense"),
    UNMANNED("unmanned", "unmanned capabilities");

    private final String field;
    private final String label;

    Capability(String field, String label) {
        this.field = field;
        this.label = label;
    }

    /** The field name under {@code capabilities} in a fact file, e.g. {@code cyberDefense}. */
    public String field() {
        return field;
    }

    /** Plain words for rationales, e.g. "cyber defense". */
    public String label() {
        return label;
    }
}
