package org.saferplan.security;

import jakarta.validation.constraints.NotBlank;

/** An administrator's changes to a person's name, administrator flag and whether they may sign in. */
public final class UserDetailsForm {

    @NotBlank(message = "Enter the person's full name")
    private String displayName = "";

    private boolean administrator;
    private boolean enabled;

    static UserDetailsForm from(UserAccount account) {
        var form = new UserDetailsForm();
        form.displayName = account.displayName();
        form.administrator = account.administrator();
        form.enabled = account.enabled();
        return form;
    }

    public String getDisplayName() {
        return displayName;
    }

    public void setDisplayName(String displayName) {
        this.displayName = displayName;
    }

    public boolean isAdministrator() {
        return administrator;
    }

    public void setAdministrator(boolean administrator) {
        this.administrator = administrator;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }
}
