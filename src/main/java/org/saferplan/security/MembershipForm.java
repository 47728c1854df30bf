package org.saferplan.security;

import jakarta.validation.constraints.NotBlank;

/**
 * A person's role in one partnership, as chosen in the select lists: ids and the role's name as text, so a
 * tampered value is a form error rather than a binding failure.
 */
public final class MembershipForm {

    @NotBlank(message = "Choose a partnership")
    private String partnership = "";

    @NotBlank(message = "Choose a role")
    private String role = "";

    /** Empty for none. */
    private String organisation = "";

    public String getPartnership() {
        return partnership;
    }

    public void setPartnership(String partnership) {
        this.partnership = partnership;
    }

    public String getRole() {
        return role;
    }

    public void setRole(String role) {
        this.role = role;
    }

    public String getOrganisation() {
        return organisation;
    }

    public void setOrganisation(String organisation) {
        this.organisation = organisation;
    }
}
