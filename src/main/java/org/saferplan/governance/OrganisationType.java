package org.saferplan.governance;

/**
 * Kinds of partner organisation. The first five are the responsible authorities of the Crime and Disorder Act 1998
 * (s.5, as amended): they are statutory members of every CSP. The rest are other partners.
 */
public enum OrganisationType {
    POLICE("Police", true),
    COUNCIL("Council", true),
    FIRE_AND_RESCUE("Fire and rescue", true),
    PROBATION("Probation", true),
    HEALTH("Health", true),
    POLICE_AND_CRIME_COMMISSIONER("Office of the police and crime commissioner", false),
    PUBLIC_HEALTH("Public health", false),
    YOUTH_OFFENDING_SERVICE("Youth offending service", false),
    HOUSING("Housing", false),
    EDUCATION("Education", false),
    VOLUNTARY_SECTOR("Voluntary sector", false),
    OTHER("Other", false);

    private final String label;
    private final boolean statutory;

    OrganisationType(String label, boolean statutory) {
        this.label = label;
        this.statutory = statutory;
    }

    public String label() {
        return label;
    }

    public boolean statutory() {
        return statutory;
    }
}
