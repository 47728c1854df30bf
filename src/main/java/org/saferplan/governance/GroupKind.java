package org.saferplan.governance;

/** What a group is in the partnership's structure. */
public enum GroupKind {
    BOARD("Strategic board"),
    PCG("Partnership Co-ordinating Group"),
    OTHER("Other group");

    private final String label;

    GroupKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
