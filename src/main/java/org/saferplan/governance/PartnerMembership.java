package org.saferplan.governance;

/** How an organisation takes part in a partnership. */
public enum PartnerMembership {
    /** Sits on the CSP itself (the seed's "brings together senior officers and elected members from"). */
    BOARD_MEMBER("Member of the partnership"),
    /** Works with the CSP (the seed's "many other partners ... also contribute"). */
    CONTRIBUTING_PARTNER("Contributing partner");

    private final String label;

    PartnerMembership(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
