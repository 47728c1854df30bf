package org.saferplan.evidence;

/** How a dataset's files are read: the generic indicator layout or one of the partner importers. */
public enum DatasetKind {
    INDICATOR("Indicator (area code, period, value)"),
    FLY_TIPPING("Defra fly-tipping incidents or actions by local authority"),
    ASSAULTS("A&E assault records (ISB 1594, Cardiff Model)"),
    NRM_REFERRALS("National Referral Mechanism referrals by first responder type");

    private final String label;

    DatasetKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
