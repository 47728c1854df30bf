package org.saferplan.security;

import jakarta.validation.constraints.NotEmpty;

/** A person changing their own password: the current one proves it is them, the new one twice to avoid typos. */
public final class ChangePasswordForm {

    @NotEmpty(message = "Enter your current password")
    private String currentPassword = "";

    @NotEmpty(message = "Enter a new password")
    private String newPassword = "";

    private String confirmPassword = "";

    public String getCurrentPassword() {
        return currentPassword;
    }

    public void setCurrentPassword(String currentPassword) {
        this.currentPassword = currentPassword;
    }

    public String getNewPassword() {
        return newPassword;
    }

    public void setNewPassword(String newPassword) {
        this.newPassword = newPassword;
    }

    public String getConfirmPassword() {
        return confirmPassword;
    }

    public void setConfirmPassword(String confirmPassword) {
        this.confirmPassword = confirmPassword;
    }
}
