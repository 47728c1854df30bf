package org.saferplan.security;

import jakarta.validation.constraints.NotBlank;

/** A new password an administrator sets for a person (who has forgotten theirs, or is new). */
public final class SetPasswordForm {

    @NotBlank(message = "Enter a new password")
    private String password = "";

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }
}
