package org.saferplan.security;

import jakarta.validation.constraints.NotBlank;

/** What an administrator enters to add a person. {@link UserAccounts#create} checks the rest. */
public final class NewUserForm {

    @NotBlank(message = "Enter a username")
    private String username = "";

    @NotBlank(message = "Enter the person's full name")
    private String displayName = "";

    @NotBlank(message = "Enter an initial password")
    private String password = "";

    private boolean administrator;

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getDisplayName() {
        return displayName;
    }

    public void setDisplayName(String displayName) {
        this.displayName = displayName;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public boolean isAdministrator() {
        return administrator;
    }

    public void setAdministrator(boolean administrator) {
        this.administrator = administrator;
    }
}
