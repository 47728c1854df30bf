package org.saferplan.security;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param adminPassword when set (from {@code SAFERPLAN_ADMIN_PASSWORD}) and no user {@code admin} exists, the first
 *     start creates the administrator {@code admin} with this password
 * @param maxFailedSignIns failed sign-ins in a row after which a username is locked
 * @param lockout how long such a username stays locked
 */
@ConfigurationProperties("saferplan.security")
record SecuritySettings(String adminPassword, int maxFailedSignIns, Duration lockout) {

    SecuritySettings {
        adminPassword = adminPassword == null ? "" : adminPassword;
        maxFailedSignIns = maxFailedSignIns <= 0 ? 5 : maxFailedSignIns;
        lockout = lockout == null ? Duration.ofMinutes(15) : lockout;
    }
}
