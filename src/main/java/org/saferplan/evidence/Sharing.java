package org.saferplan.evidence;

/** Who may see a dataset. */
public enum Sharing {
    /** May be published (open data, public pages) as well as read by the partnership's members. */
    PUBLIC("Public"),
    /** Only for signed-in members of the owning partnership; never published. */
    RESTRICTED("Restricted to partners");

    private final String label;

    Sharing(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
