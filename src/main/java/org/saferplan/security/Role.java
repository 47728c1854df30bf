package org.saferplan.security;

/**
 * A person's role in one partnership. Administrators are not a partnership role: they manage users and
 * organisations for the whole SaferPlan (a flag on the account). The public have no account.
 */
public enum Role {
    /** Reads the partnership workspace; edits only what their organisation owns. */
    PARTNER_OFFICER("Partner officer"),
    /** Imports data; edits evidence, surveys and assessments. */
    ANALYST("Analyst"),
    /** Runs the partnership: plan, governance, publishing; reads the audit trail. */
    COORDINATOR("Coordinator");

    private final String label;

    Role(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
